-- 2886Q: Please check and either amend or provide a reason: Percentage of children with no sex
-- recorded is more than 2% (excluding unborns). Children with Sex missing or U and no
-- ExpectedPersonBirthDate, over all child records, must not exceed 2%.
-- severity: query
SELECT CAST(NULL AS VARCHAR) AS tbl, CAST(NULL AS INTEGER) AS row_no
FROM child_identifiers
HAVING 100 * SUM(CASE WHEN (sex IS NULL OR upper(sex) = 'U')
                           AND trim(COALESCE(expectedpersonbirthdate_raw, '')) = ''
                      THEN 1 ELSE 0 END) > 2 * COUNT(*)
