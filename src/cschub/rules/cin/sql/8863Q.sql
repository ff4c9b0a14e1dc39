-- 8863Q: An Assessment is shown as starting when there is another Assessment ongoing (within
-- one CINdetails group: on or after the other's start and on or before its completion, or
-- while it is still open).
-- severity: query
WITH overlap AS (
    SELECT a.row_no AS a_row, b.row_no AS b_row
    FROM assessments a
    JOIN assessments b
      ON b.child_seq = a.child_seq AND b.cin_seq = a.cin_seq AND b.row_no <> a.row_no
    CROSS JOIN meta m
    WHERE a.assessmentactualstartdate >= b.assessmentactualstartdate
      AND (a.assessmentactualstartdate > b.assessmentactualstartdate OR a.row_no > b.row_no)
      AND a.assessmentactualstartdate
          <= coalesce(b.assessmentauthorisationdate, m.collection_end)
)
SELECT 'Assessments' AS tbl, a_row AS row_no FROM overlap
UNION ALL
SELECT 'Assessments', b_row FROM overlap
