-- 440: Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.
SELECT 'Reviews' AS tbl, row_no
FROM reviews
WHERE upper(review_code) = 'PN0' AND review IS NOT NULL AND dob IS NOT NULL
  AND age_years(dob, review) >= 4
