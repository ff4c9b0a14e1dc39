-- The census elements a worker may repeat, one row per value, linked to the worker's row
-- (its id made as in ssd_workforce_worker.sql): the five kinds gathered first, then linked once.
WITH census AS (
    SELECT s.submission_id, COALESCE(max(h.referencedate),
        CAST(CAST(max(s._year_start) + 1 AS VARCHAR) || '-09-30' AS DATE)) AS census_date
    FROM (SELECT DISTINCT submission_id, _year_start FROM v_csww_workers) s
    LEFT JOIN v_csww_header h ON h.submission_id = s.submission_id
    GROUP BY s.submission_id
),
worker AS (
    SELECT w.submission_id, w.worker_seq,
        replace(CAST(d.census_date AS VARCHAR), '-', '') || '/'
        || COALESCE(w.sweno, '#' || CAST(w.worker_seq AS VARCHAR)) AS worker_id
    FROM v_csww_workers w JOIN census d ON d.submission_id = w.submission_id
),
items AS (
    SELECT 'QualInst' AS item, qualinst_raw AS value, submission_id, worker_seq, item_seq,
        file_id, line, xml_path, _year_start FROM v_csww_qualifications
    UNION ALL
    SELECT 'ContractWeeks' AS item, contractweeks_raw AS value, submission_id, worker_seq, item_seq,
        file_id, line, xml_path, _year_start FROM v_csww_contract_weeks
    UNION ALL
    SELECT 'Absat30Sept' AS item, absat30sept_raw AS value, submission_id, worker_seq, item_seq,
        file_id, line, xml_path, _year_start FROM v_csww_absent_at_30_sept
    UNION ALL
    SELECT 'ReasonAbsence' AS item, reasonabsence_raw AS value, submission_id, worker_seq, item_seq,
        file_id, line, xml_path, _year_start FROM v_csww_absence_reasons
    UNION ALL
    SELECT 'CFKSSstatus' AS item, cfkssstatus_raw AS value, submission_id, worker_seq, item_seq,
        file_id, line, xml_path, _year_start FROM v_csww_cfkss_status
)
SELECT w.worker_id || '/' || i.item || '/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, i.item AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.value), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww ' || i.item AS _source,
    10000 - i._year_start AS _rank
FROM items i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
