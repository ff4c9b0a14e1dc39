-- 544: Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.
SELECT 'OC2' AS tbl, row_no
FROM oc2
WHERE convicted = '1'
  AND (immunisations IS NULL OR teeth_check IS NULL OR health_assessment IS NULL
       OR substance_misuse IS NULL)
