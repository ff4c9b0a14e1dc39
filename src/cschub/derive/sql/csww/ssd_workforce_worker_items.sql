-- The census elements a worker may repeat, one row per value, linked to the worker's row
-- (its id made as in ssd_workforce_worker.sql).
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
)
SELECT w.worker_id || '/QualInst/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, 'QualInst' AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.qualinst_raw), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww QualInst' AS _source,
    10000 - i._year_start AS _rank
FROM v_csww_qualifications i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
UNION ALL
SELECT w.worker_id || '/ContractWeeks/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, 'ContractWeeks' AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.contractweeks_raw), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww ContractWeeks' AS _source,
    10000 - i._year_start AS _rank
FROM v_csww_contract_weeks i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
UNION ALL
SELECT w.worker_id || '/Absat30Sept/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, 'Absat30Sept' AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.absat30sept_raw), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww Absat30Sept' AS _source,
    10000 - i._year_start AS _rank
FROM v_csww_absent_at_30_sept i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
UNION ALL
SELECT w.worker_id || '/ReasonAbsence/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, 'ReasonAbsence' AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.reasonabsence_raw), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww ReasonAbsence' AS _source,
    10000 - i._year_start AS _rank
FROM v_csww_absence_reasons i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
UNION ALL
SELECT w.worker_id || '/CFKSSstatus/' || CAST(i.item_seq AS VARCHAR) AS wfit_item_id,
    w.worker_id AS wfit_worker_id, 'CFKSSstatus' AS wfit_item, i.item_seq AS wfit_position,
    NULLIF(trim(i.cfkssstatus_raw), '') AS wfit_value,
    i.submission_id AS _submission_id, i.file_id AS _file_id, i.line AS _line,
    i.xml_path AS _xml_path, NULL AS _child, 'csww CFKSSstatus' AS _source,
    10000 - i._year_start AS _rank
FROM v_csww_cfkss_status i
JOIN worker w ON w.submission_id = i.submission_id AND w.worker_seq = i.worker_seq
