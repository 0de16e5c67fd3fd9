-- Years already ranked (official, or an imported dataset in `result`): a dataset added later
-- keeps its rows of these years apart.
SELECT DISTINCT year FROM result WHERE status <> 'reported' ORDER BY year
