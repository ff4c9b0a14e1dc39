-- SSDA903 episodes. clae_cla_id is the child's looked-after record (the 903 CHILD id: a child
-- adopted and looked after again is given a new id, as the DfE guidance says).
SELECT
    child || '/' || CAST(decom AS VARCHAR) AS clae_cla_episode_id,
    child AS clae_person_id,
    child AS clae_cla_id,
    decom AS clae_cla_episode_start_date,
    rne AS clae_cla_episode_start_reason,
    cin AS clae_cla_primary_need_code,
    dec AS clae_cla_episode_ceased_date,
    rec AS clae_cla_episode_ceased_reason,
    child || '/' || CAST(decom AS VARCHAR) AS clae_cla_placement_id,
    submission_id AS _submission_id, file_id AS _file_id, line AS _line, xml_path AS _xml_path,
    child AS _child, 'ssda903 Episodes' AS _source, 10000 - _year_start AS _rank
FROM v_ssda903_episodes
