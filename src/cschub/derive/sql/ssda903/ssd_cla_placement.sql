-- Each SSDA903 episode row is a placement (a new row starts at each change of placement,
-- legal status or reason). Its id is the child and start date.
SELECT
    child || '/' || CAST(decom AS VARCHAR) AS clap_cla_placement_id,
    child AS clap_person_id,
    child AS clap_cla_id,
    decom AS clap_cla_placement_start_date,
    dec AS clap_cla_placement_end_date,
    place AS clap_cla_placement_type,
    place_provider AS clap_cla_placement_provider,
    pl_post AS clap_cla_placement_postcode,
    urn AS clap_cla_placement_urn,
    reason_place_change AS clap_cla_placement_change_reason,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Episodes' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_episodes
