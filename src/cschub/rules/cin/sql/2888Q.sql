-- 2888Q: Please check and either amend or provide a reason: Only one disability code is recorded per
-- child and multiple disabilities should be recorded where possible. Leaving out NONE, at least
-- one child with a disability must have more than one different disability code. LA level.
-- severity: query
SELECT CAST(NULL AS VARCHAR) AS tbl, CAST(NULL AS INTEGER) AS row_no
FROM (
    SELECT child_seq, COUNT(DISTINCT upper(disability)) AS codes_used
    FROM disabilities
    WHERE disability IS NOT NULL AND upper(disability) <> 'NONE'
    GROUP BY child_seq
) AS x
HAVING MAX(codes_used) <= 1
