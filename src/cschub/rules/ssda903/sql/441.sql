-- 441: Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.
SELECT 'Reviews' AS tbl, row_no
FROM reviews
WHERE upper(review_code) IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
  AND review IS NOT NULL AND dob IS NOT NULL
  AND age_years(dob, review) < 4
