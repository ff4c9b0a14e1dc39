-- 2887Q: Please check and either amend or provide a reason: Less than 8 disability codes have been
-- used in your return. Leaving out NONE, the return must use more than 7 different valid
-- Disability codes. LA level.
-- severity: query
SELECT CAST(NULL AS VARCHAR) AS tbl, CAST(NULL AS INTEGER) AS row_no
FROM (
    SELECT COUNT(DISTINCT upper(disability)) AS used
    FROM disabilities
    WHERE upper(disability) <> 'NONE'
      AND upper(disability) IN (SELECT code FROM codes WHERE code_set = 'Disability')
) AS x
WHERE used <= 7
