-- 516: The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year. If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.
SELECT 'Episodes' AS tbl, row_no
FROM episodes
WHERE upper(rec) IN ('E45', 'E46')
  AND (place IS NULL OR upper(place) NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
