-- ZI Workbench hub, schema version 1: the units, the people and their grants, and every unit's
-- signed log with its evidence files. The server enforces who may read and write what (row-level
-- security and the entry check below); a client that skips its own checks gains nothing.
--
-- `ziwb hub init` runs this file in one transaction as the hub's owner, with the placeholder
-- ZIWB_HUB_MODULE replaced by where the signature module (ziwb_hub.so) is installed.

CREATE SCHEMA ziwb;
REVOKE ALL ON SCHEMA ziwb FROM PUBLIC;

-- Every person of the hub is a login role in this group role; their grants below say which units.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ziwb_person') THEN
        CREATE ROLE ziwb_person NOLOGIN;
    END IF;
    -- Who reads the agency's recap (scores and progress of every unit, never their evidence).
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ziwb_agency') THEN
        CREATE ROLE ziwb_agency NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA ziwb TO ziwb_person, ziwb_agency;

CREATE TABLE ziwb.schema_version (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Which hub this is: a workspace linked to one hub and then to another starts afresh there.
CREATE TABLE ziwb.hub (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    id         uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ziwb.hub DEFAULT VALUES;

-- A unit, and once its workspace is linked, the id every entry of that assessment carries and
-- the form it was made with (kept whole, so that a copy can be made from the hub alone).
CREATE TABLE ziwb.unit (
    code         text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    workspace_id text UNIQUE CHECK (workspace_id ~ '^[0-9a-f]{32}$'),
    form_xml     text CHECK (length(form_xml) <= 8388608),
    form_sha256  text CHECK (form_sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((workspace_id IS NULL) = (form_xml IS NULL) AND (form_xml IS NULL) = (form_sha256 IS NULL)),
    CHECK (form_sha256 = encode(sha256(convert_to(form_xml, 'UTF8')), 'hex'))
);

-- A person: their PostgreSQL role and the Ed25519 key that signs their entries.
CREATE TABLE ziwb.person (
    role_name  name PRIMARY KEY,
    full_name  text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    nip        text NOT NULL DEFAULT '' CHECK (nip ~ '^[0-9]{0,18}$'),
    public_key text UNIQUE CHECK (public_key ~ '^[0-9a-f]{64}$')
);

-- What a person is for a unit. Evaluators name the review layer they write (tpi, pendahuluan...).
CREATE TABLE ziwb.unit_grant (
    role_name    name NOT NULL REFERENCES ziwb.person ON DELETE CASCADE,
    unit_code    text NOT NULL REFERENCES ziwb.unit ON DELETE CASCADE,
    capacity     text NOT NULL CHECK (capacity IN ('coordinator', 'member', 'leader', 'evaluator', 'viewer')),
    review_layer text NOT NULL DEFAULT '' CHECK ((capacity = 'evaluator') = (review_layer <> '')),
    PRIMARY KEY (role_name, unit_code, capacity)
);
CREATE INDEX unit_grant_unit ON ziwb.unit_grant (unit_code);

-- The log entries, exactly as signed (docs/log-format.md). layer, kind and the author's key, name
-- and time are copied from the body by the check below, never taken from the client.
CREATE TABLE ziwb.entry (
    seq         bigserial PRIMARY KEY,
    unit_code   text NOT NULL REFERENCES ziwb.unit,
    hash        text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
    body        text NOT NULL,
    signature   bytea CHECK (signature IS NULL OR length(signature) = 64),
    layer       text NOT NULL DEFAULT '',
    kind        text NOT NULL DEFAULT '',
    author_key  text NOT NULL DEFAULT '',
    author_name text NOT NULL DEFAULT '',
    author_time text NOT NULL DEFAULT '',
    pushed_by   name NOT NULL DEFAULT current_user,
    pushed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entry_unit_seq ON ziwb.entry (unit_code, seq);

-- The evidence files the entries name, by SHA-256, per unit (a unit's files are its own).
CREATE TABLE ziwb.blob (
    unit_code text NOT NULL REFERENCES ziwb.unit,
    sha256    text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content   bytea NOT NULL,
    pushed_by name NOT NULL DEFAULT current_user,
    PRIMARY KEY (unit_code, sha256)
);

-- The signature check (src/hub_server/ziwb_hub.c).
CREATE FUNCTION ziwb.ed25519_verify(public_key text, message text, signature bytea) RETURNS boolean
    AS 'ZIWB_HUB_MODULE', 'ziwb_ed25519_verify' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

-- The capacities a role holds for a unit, and the units it holds any for. SECURITY DEFINER so that
-- policies can read the grants without each person reading everyone's; the policies pass
-- current_user (inside a SECURITY DEFINER function it would name the owner).
--
-- The functions run for every entry stored. They are PL/pgSQL, whose plans are kept (an SQL
-- function that is not inlined is planned at every call), and they name every object of ours by
-- its schema instead of setting search_path (which would make their plans be made anew at every
-- call); the built-in functions and operators they use come from pg_catalog, which PostgreSQL
-- searches first, and nobody but the hub's owner may create objects in ziwb.
CREATE FUNCTION ziwb.capacities_of(who name, unit text) RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(g.capacity), '{}') FROM ziwb.unit_grant g
            WHERE g.role_name = who AND g.unit_code = unit);
END
$$;

CREATE FUNCTION ziwb.units_of(who name) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ziwb AS $$
    SELECT DISTINCT unit_code FROM ziwb.unit_grant WHERE role_name = who
$$;

-- Whether the holder of `key` may make an entry of `layer` and `kind` in `unit`: the unit's
-- answers by its coordinator, members and leaders; the team register by its coordinator; the
-- sign-off by a leader; a review layer by an evaluator of that layer.
CREATE FUNCTION ziwb.key_may_write(unit text, key text, layer text, kind text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM ziwb.unit_grant g JOIN ziwb.person p ON p.role_name = g.role_name
        WHERE g.unit_code = unit AND p.public_key = key AND (
            CASE
                WHEN kind = 'unit.signoff' THEN g.capacity = 'leader'
                WHEN layer = 'unit' THEN g.capacity IN ('coordinator', 'member', 'leader')
                WHEN layer = 'team' THEN g.capacity = 'coordinator'
                ELSE g.capacity = 'evaluator' AND g.review_layer = layer
            END));
END
$$;

-- What the entry check needs to read past row-level security, in one call per entry: the unit's
-- assessment, whether the hub holds every parent, and whether the key may write the entry.
CREATE FUNCTION ziwb.entry_facts(unit text, parents jsonb, author_key text, layer text, kind text,
                                  OUT workspace_id text, OUT parents_held boolean, OUT may_write boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    workspace_id := (SELECT u.workspace_id FROM ziwb.unit u WHERE u.code = unit);
    parents_held := NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(parents) AS p(hash)
                                WHERE NOT EXISTS (SELECT 1 FROM ziwb.entry e
                                                  WHERE e.hash = p.hash AND e.unit_code = unit));
    may_write := author_key = '' OR ziwb.key_may_write(unit, author_key, layer, kind);
END
$$;

-- Every entry is checked by the server before it is stored: its hash, its JSON, its assessment,
-- its parents, its signature, whether its author may write it and whether what it writes belongs
-- to its layer. Unsigned entries (history from before the team had keys) only from the unit's
-- coordinator. It runs with the rights of whoever pushes and names every object by its schema (a
-- SET search_path clause would make PostgreSQL plan its statements anew for every row).
CREATE FUNCTION ziwb.check_entry() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    parsed jsonb;
    capacities text[] := ziwb.capacities_of(current_user, NEW.unit_code);
    facts record;
    outside boolean;
    signs_off boolean;
    short text := left(NEW.hash, 12);
BEGIN
    IF NOT (capacities && ARRAY['coordinator', 'member', 'leader', 'evaluator']) THEN
        RAISE EXCEPTION 'you (%) may not write to unit %: ask the hub''s administrator for a grant',
            current_user, NEW.unit_code USING ERRCODE = '42501';
    END IF;
    IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(NEW.body, 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'entry % does not match its hash', short USING ERRCODE = 'ZW001';
    END IF;
    BEGIN
        parsed := NEW.body::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'entry % is not a log entry (not JSON)', short USING ERRCODE = 'ZW002';
    END;
    IF jsonb_typeof(parsed) <> 'object' OR jsonb_typeof(parsed -> 'author') <> 'object'
       OR jsonb_typeof(parsed -> 'layer') <> 'string' OR jsonb_typeof(parsed -> 'kind') <> 'string'
       OR jsonb_typeof(parsed -> 'time') <> 'string' OR jsonb_typeof(parsed -> 'workspace') <> 'string'
       OR jsonb_typeof(parsed -> 'author' -> 'key') <> 'string'
       OR jsonb_typeof(parsed -> 'author' -> 'name') <> 'string'
       OR jsonb_typeof(parsed -> 'parents') <> 'array' OR jsonb_typeof(parsed -> 'writes') <> 'array' THEN
        RAISE EXCEPTION 'entry % is not a log entry (fields missing)', short USING ERRCODE = 'ZW002';
    END IF;
    NEW.layer := parsed ->> 'layer';
    NEW.kind := parsed ->> 'kind';
    NEW.author_key := parsed -> 'author' ->> 'key';
    NEW.author_name := parsed -> 'author' ->> 'name';
    NEW.author_time := parsed ->> 'time';
    NEW.pushed_by := current_user;
    NEW.pushed_at := now();
    -- What it writes must belong to its layer, so that no entry smuggles a sign-off, a change of
    -- the team register or another layer's answers past the grants (every client would then refuse
    -- it, and the unit's log would stop there).
    SELECT coalesce(bool_or(jsonb_typeof(w.item -> 'key') IS DISTINCT FROM 'string'
                            OR ((w.item ->> 'key') LIKE 'person/%' AND NEW.layer <> 'team')
                            OR ((w.item ->> 'key') LIKE 'answer/%'
                                AND split_part(w.item ->> 'key', '/', 2) <> NEW.layer)), false),
           coalesce(bool_or((w.item ->> 'key') LIKE 'signoff/%'), false)
        INTO outside, signs_off
        FROM jsonb_array_elements(parsed -> 'writes') AS w(item);
    IF outside THEN
        RAISE EXCEPTION 'entry % writes registers outside its layer %', short, NEW.layer USING ERRCODE = 'ZW010';
    END IF;
    SELECT * INTO facts FROM ziwb.entry_facts(NEW.unit_code, parsed -> 'parents', NEW.author_key, NEW.layer,
                                              CASE WHEN signs_off THEN 'unit.signoff' ELSE NEW.kind END);
    IF facts.workspace_id IS DISTINCT FROM parsed ->> 'workspace' THEN
        RAISE EXCEPTION 'entry % belongs to another assessment than unit %', short, NEW.unit_code
            USING ERRCODE = 'ZW003';
    END IF;
    -- An entry comes after its parents, so that every copy can apply the unit's entries in order.
    IF NOT facts.parents_held THEN
        RAISE EXCEPTION 'entry % follows an entry the hub does not hold yet', short USING ERRCODE = 'ZW009';
    END IF;
    IF NEW.author_key = '' THEN
        IF NEW.signature IS NOT NULL THEN
            RAISE EXCEPTION 'entry % carries a signature but names no key', short USING ERRCODE = 'ZW004';
        END IF;
        IF NOT ('coordinator' = ANY (capacities)) THEN
            RAISE EXCEPTION 'entry % is unsigned: only the coordinator of unit % brings unsigned history',
                short, NEW.unit_code USING ERRCODE = 'ZW005';
        END IF;
    ELSE
        IF NEW.signature IS NULL OR NOT ziwb.ed25519_verify(NEW.author_key, NEW.body, NEW.signature) THEN
            RAISE EXCEPTION 'entry % does not carry a valid signature of its author', short USING ERRCODE = 'ZW006';
        END IF;
        IF NOT facts.may_write THEN
            IF signs_off THEN
                RAISE EXCEPTION 'entry % (a sign-off) is signed by a key that may not write it in unit %',
                    short, NEW.unit_code USING ERRCODE = 'ZW007';
            END IF;
            RAISE EXCEPTION 'entry % (%, layer %) is signed by a key that may not write it in unit %',
                short, NEW.kind, NEW.layer, NEW.unit_code USING ERRCODE = 'ZW007';
        END IF;
    END IF;
    -- One writer per unit at a time, and the sequence number taken under that lock: a unit's
    -- entries then become visible in the order of their numbers, so a client that pulled up to
    -- number N never misses an entry numbered below N that commits later.
    PERFORM pg_advisory_xact_lock(hashtext('ziwb.unit.' || NEW.unit_code));
    NEW.seq := nextval('ziwb.entry_seq_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER entry_checked BEFORE INSERT ON ziwb.entry FOR EACH ROW EXECUTE FUNCTION ziwb.check_entry();

CREATE FUNCTION ziwb.check_blob() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, ziwb AS $$
BEGIN
    IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.content), 'hex') THEN
        RAISE EXCEPTION 'the file % does not match its SHA-256', left(NEW.sha256, 12) USING ERRCODE = 'ZW008';
    END IF;
    NEW.pushed_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER blob_checked BEFORE INSERT ON ziwb.blob FOR EACH ROW EXECUTE FUNCTION ziwb.check_blob();

-- Row-level security: the server decides. Entries and files are never changed or removed.
ALTER TABLE ziwb.unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE ziwb.person ENABLE ROW LEVEL SECURITY;
ALTER TABLE ziwb.unit_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE ziwb.entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE ziwb.blob ENABLE ROW LEVEL SECURITY;

CREATE POLICY unit_read ON ziwb.unit FOR SELECT
    USING (code IN (SELECT ziwb.units_of(current_user)) OR pg_has_role(current_user, 'ziwb_agency', 'MEMBER'));
-- People see themselves and whoever shares a unit with them (the grants policy limits the join).
-- The first workspace linked to a unit names its assessment there; only the unit's coordinator
-- does it, and only once.
CREATE POLICY unit_claim ON ziwb.unit FOR UPDATE
    USING ('coordinator' = ANY (ziwb.capacities_of(current_user, code)) AND workspace_id IS NULL)
    WITH CHECK ('coordinator' = ANY (ziwb.capacities_of(current_user, code)));
CREATE POLICY person_read ON ziwb.person FOR SELECT
    USING (role_name = current_user OR EXISTS (SELECT 1 FROM ziwb.unit_grant g WHERE g.role_name = person.role_name));
CREATE POLICY grant_read ON ziwb.unit_grant FOR SELECT USING (unit_code IN (SELECT ziwb.units_of(current_user)));
CREATE POLICY entry_read ON ziwb.entry FOR SELECT USING (unit_code IN (SELECT ziwb.units_of(current_user)));
CREATE POLICY entry_write ON ziwb.entry FOR INSERT
    WITH CHECK (ziwb.capacities_of(current_user, unit_code) && ARRAY['coordinator', 'member', 'leader', 'evaluator']);
CREATE POLICY blob_read ON ziwb.blob FOR SELECT USING (unit_code IN (SELECT ziwb.units_of(current_user)));
CREATE POLICY blob_write ON ziwb.blob FOR INSERT
    WITH CHECK (ziwb.capacities_of(current_user, unit_code) && ARRAY['coordinator', 'member', 'leader', 'evaluator']);

GRANT UPDATE (workspace_id, form_xml, form_sha256) ON ziwb.unit TO ziwb_person;
GRANT SELECT ON ziwb.hub, ziwb.unit, ziwb.person, ziwb.unit_grant, ziwb.schema_version TO ziwb_person, ziwb_agency;
GRANT SELECT, INSERT ON ziwb.entry, ziwb.blob TO ziwb_person;
GRANT USAGE ON SEQUENCE ziwb.entry_seq_seq TO ziwb_person;
REVOKE ALL ON FUNCTION ziwb.entry_facts(text, jsonb, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ziwb.entry_facts(text, jsonb, text, text, text) TO ziwb_person;
REVOKE ALL ON FUNCTION ziwb.capacities_of(name, text), ziwb.units_of(name),
    ziwb.key_may_write(text, text, text, text), ziwb.ed25519_verify(text, text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ziwb.capacities_of(name, text), ziwb.units_of(name) TO ziwb_person, ziwb_agency;
GRANT EXECUTE ON FUNCTION ziwb.key_may_write(text, text, text, text), ziwb.ed25519_verify(text, text, bytea)
    TO ziwb_person;

INSERT INTO ziwb.schema_version (version, description) VALUES (1, 'units, people, grants, the signed log, evidence');
