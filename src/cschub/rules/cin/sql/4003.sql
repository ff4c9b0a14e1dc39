-- 4003: A CPP review date is shown as being held at the same time as an open CIN Plan. Within a CIN
-- episode, no CPPreviewDate may fall on or after a CINPlanStartDate and before that plan's
-- CINPlanEndDate (or on or before the reference date when the plan has no end date), unless the
-- review date is the end date of its child protection plan. The review and the plan are flagged.
WITH clash AS (
    SELECT r.row_no AS review_row, n.row_no AS plan_row
    FROM cpp_reviews r
    JOIN child_protection_plans p
      ON p.child_seq = r.child_seq AND p.cin_seq = r.cin_seq AND p.cpp_seq = r.cpp_seq
    JOIN cin_plan_dates n ON n.child_seq = r.child_seq AND n.cin_seq = r.cin_seq
    CROSS JOIN meta m
    WHERE r.cppreviewdate >= n.cinplanstartdate
      AND (r.cppreviewdate < n.cinplanenddate
           OR (n.cinplanenddate IS NULL AND r.cppreviewdate <= m.collection_end))
      AND (p.cppenddate IS NULL OR r.cppreviewdate <> p.cppenddate)
)
SELECT DISTINCT 'CPPreviews' AS tbl, review_row AS row_no, 'CPPreviewDate' AS fields FROM clash
UNION ALL
SELECT DISTINCT 'CINplanDates', plan_row, 'CINPlanStartDate;CINPlanEndDate' FROM clash
