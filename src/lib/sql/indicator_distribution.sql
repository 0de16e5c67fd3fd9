-- How many instansi of each kind hold each level of each indicator in year $1 (the years with
-- indicator levels: 2021, 2022), for the national page per indicator.
SELECT i.kind, x.indicator_no AS no, CAST(x.value AS INTEGER) AS level, count(*) AS jumlah
FROM indicator_value x
JOIN instansi i ON i.id = x.instansi_id
WHERE x.year = $1
GROUP BY ALL
ORDER BY i.kind, no, level
