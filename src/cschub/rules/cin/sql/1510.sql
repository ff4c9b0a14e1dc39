-- 1510: UPN invalid (wrong check letter at character 1). The check letter is the letter whose
-- value is the remainder after dividing by 23 the sum of characters 2-13 weighted 2-13, a letter at
-- character 13 (temporary UPN) counting as its value in the same A=0 ... Z=22 table (no I, O, S).
-- A UPN not of the form letter, 11 digits, digit or letter is left to the format rules.
WITH checks(ch, val) AS (VALUES
    ('A', 0), ('B', 1), ('C', 2), ('D', 3), ('E', 4), ('F', 5), ('G', 6), ('H', 7),
    ('J', 8), ('K', 9), ('L', 10), ('M', 11), ('N', 12), ('P', 13), ('Q', 14), ('R', 15),
    ('T', 16), ('U', 17), ('V', 18), ('W', 19), ('X', 20), ('Y', 21), ('Z', 22)
),
u AS (
    SELECT row_no, upper(upn) AS upn
    FROM child_identifiers
    WHERE upper(upn) ~ '^[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'
),
summed AS (
    SELECT u.row_no, u.upn,
           CASE WHEN u.upn ~ '^[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$' THEN
                2 * CAST(substr(u.upn, 2, 1) AS INTEGER)
             +  3 * CAST(substr(u.upn, 3, 1) AS INTEGER)
             +  4 * CAST(substr(u.upn, 4, 1) AS INTEGER)
             +  5 * CAST(substr(u.upn, 5, 1) AS INTEGER)
             +  6 * CAST(substr(u.upn, 6, 1) AS INTEGER)
             +  7 * CAST(substr(u.upn, 7, 1) AS INTEGER)
             +  8 * CAST(substr(u.upn, 8, 1) AS INTEGER)
             +  9 * CAST(substr(u.upn, 9, 1) AS INTEGER)
             + 10 * CAST(substr(u.upn, 10, 1) AS INTEGER)
             + 11 * CAST(substr(u.upn, 11, 1) AS INTEGER)
             + 12 * CAST(substr(u.upn, 12, 1) AS INTEGER)
             + 13 * COALESCE(c13.val, CASE WHEN substr(u.upn, 13, 1) ~ '^[0-9]$'
                                           THEN CAST(substr(u.upn, 13, 1) AS INTEGER) END)
           END AS total
    FROM u
    LEFT JOIN checks c13 ON c13.ch = substr(u.upn, 13, 1)
)
SELECT 'ChildIdentifiers' AS tbl, s.row_no
FROM summed s
JOIN checks c ON c.val = s.total % 23
WHERE c.ch <> substr(s.upn, 1, 1)
