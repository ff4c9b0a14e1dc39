-- 345: The local authority is in touch with this young person, but activity and/or
-- accommodation data items are zero.
SELECT 'OC3' AS tbl, row_no
FROM oc3
WHERE upper(in_touch) = 'YES' AND (activ = '0' OR accom = '0')
