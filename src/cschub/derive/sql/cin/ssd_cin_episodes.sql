-- CIN episodes (referrals): the id is the child and referral date, stable across censuses.
SELECT lachildid || '/' || replace(CAST(cinreferraldate AS VARCHAR), '-', '') AS cine_referral_id, lachildid AS cine_person_id,
    cinreferraldate AS cine_referral_date, primaryneedcode AS cine_cin_primary_need_code,
    referralsource AS cine_referral_source_code, CASE WHEN lower(referralnfa) IN ('true', '1') THEN 'Y'
         WHEN lower(referralnfa) IN ('false', '0') THEN 'N' END AS cine_referral_nfa,
    reasonforclosure AS cine_close_reason, cinclosuredate AS cine_close_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    lachildid AS _child, 'cin CINdetails' AS _source, 10000 - _year_start AS _rank
FROM v_cin_cin_details
