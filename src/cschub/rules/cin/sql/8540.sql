-- 8540: Child's disability is missing or invalid (see Disability table). A child with a date of
-- birth and at least one referral that led to further action (ReferralNFA false or 0) needs one
-- or more Disability codes, all of them valid. Flags the child's identifiers, each blank or
-- unknown Disability, and the referrals that led to further action.
WITH in_scope AS (
    SELECT c.child_seq, c.row_no
    FROM child_identifiers c
    WHERE c.personbirthdate IS NOT NULL
      AND EXISTS (SELECT 1 FROM cin_details d
                  WHERE d.child_seq = c.child_seq AND lower(d.referralnfa) IN ('false', '0'))
),
bad_codes AS (
    SELECT x.child_seq, x.row_no
    FROM disabilities x
    WHERE x.disability IS NULL
       OR upper(x.disability) NOT IN (SELECT upper(code) FROM codes WHERE code_set = 'Disability')
),
failing AS (
    SELECT s.child_seq, s.row_no
    FROM in_scope s
    WHERE EXISTS (SELECT 1 FROM bad_codes b WHERE b.child_seq = s.child_seq)
       OR NOT EXISTS (SELECT 1 FROM disabilities x
                      WHERE x.child_seq = s.child_seq AND x.disability IS NOT NULL)
)
SELECT 'ChildIdentifiers' AS tbl, row_no FROM failing
UNION ALL
SELECT 'Disabilities', b.row_no FROM bad_codes b JOIN failing f ON f.child_seq = b.child_seq
UNION ALL
SELECT 'CINdetails', d.row_no
FROM cin_details d JOIN failing f ON f.child_seq = d.child_seq
WHERE lower(d.referralnfa) IN ('false', '0')
