-- PrevPerm: the permanence order a child had before this period of care (DATE_PERM may be
-- partial, e.g. zz/zz/2015, so only a full date is carried over).
SELECT child || '/PP' AS lapp_table_id, child AS lapp_person_id,
    prev_perm AS lapp_previous_permanence_option, la_perm AS lapp_previous_permanence_la,
    CASE WHEN date_perm ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'
              AND substr(date_perm, 4, 2) BETWEEN '01' AND '12'
         THEN CAST(substr(date_perm, 7, 4) || '-' || substr(date_perm, 4, 2) || '-01' AS DATE)
    END AS lapp_previous_permanence_order_date,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 PrevPerm' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_prev_perm
