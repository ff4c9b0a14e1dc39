-- 511: If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF.
SELECT 'AD1' AS tbl, row_no
FROM ad1
WHERE nb_adoptr = '2' AND upper(sex_adoptr) IN ('M1', 'F1')
