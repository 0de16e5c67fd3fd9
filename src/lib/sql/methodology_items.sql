-- The structure of every methodology: domains, aspects and indicators with their weights
-- (percent of the index) and parents, in the regulations' order.
SELECT version, level, no, code, name, parent_no, weight_percent
FROM methodology
ORDER BY version, CASE level WHEN 'domain' THEN 0 WHEN 'aspect' THEN 1 ELSE 2 END, no
