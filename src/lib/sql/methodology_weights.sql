-- Domains and aspects of the current methodology with their weights (percent of the index).
SELECT level, no, name, parent_no, weight_percent
FROM methodology
WHERE version = 'pp59-2020' AND level IN ('domain', 'aspect')
ORDER BY CASE level WHEN 'domain' THEN 0 ELSE 1 END, no
