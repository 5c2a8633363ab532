-- ZI Workbench hub, schema version 2: what the agency view reads without reading anyone's log.
-- - unit_activity: per unit and layer, how many entries, the newest, kept by the entry trigger;
-- - figures: each layer's scores as the syncing client's engine computed them (the engine that
--   equals the official workbook), with the hub position they were computed at;
-- - a notification per unit when entries arrive, so open workbenches pull without a reopen.

CREATE TABLE ziwb.unit_activity (
    unit_code   text NOT NULL REFERENCES ziwb.unit ON DELETE CASCADE,
    layer       text NOT NULL,
    entries     bigint NOT NULL,
    last_seq    bigint NOT NULL,
    last_time   text NOT NULL,
    last_author text NOT NULL,
    last_pushed timestamptz NOT NULL,
    PRIMARY KEY (unit_code, layer)
);

INSERT INTO ziwb.unit_activity (unit_code, layer, entries, last_seq, last_time, last_author, last_pushed)
SELECT unit_code, layer, count(*), max(seq), max(author_time),
       (array_agg(author_name ORDER BY author_time DESC, seq DESC))[1], max(pushed_at)
FROM ziwb.entry GROUP BY unit_code, layer;

-- Once per statement, over the rows it added: a sync sends hundreds of entries in one statement.
CREATE FUNCTION ziwb.note_activity() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ziwb AS $$
BEGIN
    INSERT INTO ziwb.unit_activity AS a (unit_code, layer, entries, last_seq, last_time, last_author, last_pushed)
    SELECT unit_code, layer, count(*), max(seq), max(author_time),
           (array_agg(author_name ORDER BY author_time DESC, seq DESC))[1], max(pushed_at)
    FROM added GROUP BY unit_code, layer
    ON CONFLICT (unit_code, layer) DO UPDATE SET
        entries = a.entries + excluded.entries,
        last_seq = greatest(a.last_seq, excluded.last_seq),
        last_time = greatest(a.last_time, excluded.last_time),
        last_author = CASE WHEN excluded.last_time >= a.last_time THEN excluded.last_author ELSE a.last_author END,
        last_pushed = excluded.last_pushed;
    -- Whoever watches a unit pulls (PostgreSQL folds identical notifications of one transaction).
    PERFORM pg_notify('ziwb_unit_' || unit_code, 'entries') FROM (SELECT DISTINCT unit_code FROM added) AS units;
    RETURN NULL;
END
$$;
CREATE TRIGGER entry_noted AFTER INSERT ON ziwb.entry REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION ziwb.note_activity();

CREATE TABLE ziwb.figures (
    unit_code    text NOT NULL REFERENCES ziwb.unit ON DELETE CASCADE,
    layer        text NOT NULL CHECK (layer ~ '^[a-z][a-z0-9_-]{0,31}$'),
    total        double precision NOT NULL CHECK (total BETWEEN 0 AND 100),
    pengungkit   double precision NOT NULL CHECK (pengungkit BETWEEN 0 AND 100),
    hasil        double precision NOT NULL CHECK (hasil BETWEEN 0 AND 100),
    completeness double precision NOT NULL CHECK (completeness BETWEEN 0 AND 100),
    answered     integer NOT NULL CHECK (answered >= 0),
    criteria     integer NOT NULL CHECK (criteria >= answered),
    verdicts     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(verdicts) = 'array'),
    progress     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(progress) = 'object'),
    -- The unit's details as its workspace holds them: agency, year, current predicate.
    details      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    through_seq  bigint NOT NULL,
    published_by name NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_code, layer)
);

-- Who may publish a layer's figures: whoever may write that layer (as for entries).
CREATE FUNCTION ziwb.may_publish(who name, unit text, layer text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ziwb AS $$
    SELECT EXISTS (
        SELECT 1 FROM ziwb.unit_grant g WHERE g.role_name = who AND g.unit_code = unit AND (
            CASE WHEN layer = 'unit' THEN g.capacity IN ('coordinator', 'member', 'leader')
                 ELSE g.capacity = 'evaluator' AND g.review_layer = layer END))
$$;

ALTER TABLE ziwb.unit_activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE ziwb.figures ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_read ON ziwb.unit_activity FOR SELECT
    USING (unit_code IN (SELECT ziwb.units_of(current_user)) OR pg_has_role(current_user, 'ziwb_agency', 'MEMBER'));
CREATE POLICY figures_read ON ziwb.figures FOR SELECT
    USING (unit_code IN (SELECT ziwb.units_of(current_user)) OR pg_has_role(current_user, 'ziwb_agency', 'MEMBER'));
CREATE POLICY figures_insert ON ziwb.figures FOR INSERT WITH CHECK (ziwb.may_publish(current_user, unit_code, layer));
CREATE POLICY figures_update ON ziwb.figures FOR UPDATE
    USING (ziwb.may_publish(current_user, unit_code, layer))
    WITH CHECK (ziwb.may_publish(current_user, unit_code, layer));

GRANT SELECT ON ziwb.unit_activity, ziwb.figures TO ziwb_person, ziwb_agency;
GRANT INSERT, UPDATE ON ziwb.figures TO ziwb_person;
REVOKE ALL ON FUNCTION ziwb.may_publish(name, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ziwb.may_publish(name, text, text) TO ziwb_person;

-- The agency view: one row per unit the caller may see, computed by the server. `stale` means
-- entries arrived after the figures were computed (the next sync of that layer recomputes them).
CREATE VIEW ziwb.recap WITH (security_barrier, security_invoker) AS
SELECT u.code, u.name, u.workspace_id IS NOT NULL AS linked,
       fu.total AS unit_total, fu.pengungkit AS unit_pengungkit, fu.hasil AS unit_hasil,
       fu.completeness AS unit_completeness, fu.answered AS unit_answered, fu.criteria AS unit_criteria,
       fu.verdicts AS unit_verdicts, coalesce(fu.details, '{}') AS details,
       ft.layer AS review_layer, ft.total AS review_total, ft.pengungkit AS review_pengungkit,
       ft.hasil AS review_hasil, ft.completeness AS review_completeness, ft.verdicts AS review_verdicts,
       ft.progress AS review_progress,
       (SELECT max(a.last_time) FROM ziwb.unit_activity a WHERE a.unit_code = u.code) AS last_change,
       (SELECT a.last_time FROM ziwb.unit_activity a WHERE a.unit_code = u.code AND a.layer = 'unit') AS unit_last_change,
       (SELECT max(a.last_time) FROM ziwb.unit_activity a WHERE a.unit_code = u.code AND a.layer NOT IN ('unit', 'team'))
           AS review_last_change,
       coalesce((SELECT sum(a.entries) FROM ziwb.unit_activity a WHERE a.unit_code = u.code), 0) AS entries,
       coalesce(fu.through_seq < (SELECT max(a.last_seq) FROM ziwb.unit_activity a WHERE a.unit_code = u.code), false)
           AS stale
FROM ziwb.unit u
LEFT JOIN ziwb.figures fu ON fu.unit_code = u.code AND fu.layer = 'unit'
LEFT JOIN LATERAL (SELECT * FROM ziwb.figures f WHERE f.unit_code = u.code AND f.layer <> 'unit'
                   ORDER BY f.published_at DESC LIMIT 1) ft ON true;
GRANT SELECT ON ziwb.recap TO ziwb_person, ziwb_agency;

INSERT INTO ziwb.schema_version (version, description) VALUES (2, 'activity, figures, notifications, the recap');
