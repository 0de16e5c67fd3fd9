-- The source row of an imported dataset. $1 id, $2 name, $3 date (YYYY-MM-DD), $4 file name.
INSERT INTO source (id, publisher, title, date, address, note)
VALUES ($1, 'impor lokal', $2, $3, NULL, $4)
