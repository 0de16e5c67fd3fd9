-- The predicate bands of every methodology, lowest first (lower bound inclusive; NULL: open).
SELECT methodology, no, predicate, lower, upper, interval_as_printed, source_id
FROM predicate_band
ORDER BY methodology, no
