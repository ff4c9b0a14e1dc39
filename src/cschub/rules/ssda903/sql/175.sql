-- 175: The number of adopter(s) code is not a valid code (1 or 2).
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE nb_adoptr IS NOT NULL AND nb_adoptr NOT IN ('1', '2')
