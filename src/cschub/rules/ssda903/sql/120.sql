-- 120: The reason for the reversal of the decision that the child should be placed for adoption code is not valid.
SELECT 'PlacedAdoption' AS tbl, row_no
FROM placed_adoption
WHERE reason_placed_ceased IS NOT NULL AND upper(reason_placed_ceased) NOT IN (SELECT code FROM codes WHERE code_set = 'REASON_PLACED_CEASED')
