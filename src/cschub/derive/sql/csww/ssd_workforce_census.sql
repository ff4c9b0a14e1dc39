-- One CSWW census per LA and 30 September: the LA-level vacancy figures. The census date is the
-- header's ReferenceDate, else 30 September of the year the collection year ends in.
SELECT COALESCE(h.referencedate, CAST(CAST(v._year_start + 1 AS VARCHAR) || '-09-30' AS DATE))
        AS wfce_census_date,
    v.numberofvacancies AS wfce_vacancies_fte, v.noagencyfte AS wfce_agency_cover_fte,
    v.noagencyheadcount AS wfce_agency_cover_headcount,
    v.submission_id AS _submission_id, v.file_id AS _file_id, v.line AS _line,
    v.xml_path AS _xml_path, NULL AS _child, 'csww LALevelVacancies' AS _source,
    10000 - v._year_start AS _rank
FROM v_csww_la_level_vacancies v
LEFT JOIN v_csww_header h ON h.submission_id = v.submission_id
