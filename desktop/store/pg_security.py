"""On PostgreSQL the database itself enforces the roles and four-eyes approval.

``install(conn)`` (run by migration 0004 and again, idempotently, by ``case-tracker
migrate``) creates or replaces:

* the group roles ``casetracker_viewer`` ⊂ ``casetracker_clerk`` ⊂ ``casetracker_reviewer`` ⊂
  ``casetracker_administrator`` (a login is given one of them);
* GRANTs on tables and columns: viewers read; clerks write facilities, headcounts, cases
  (never delete one), transfers and propose decisions; reviewers may also change a
  decision's state and revoke;
  administrators also amnesties, categories, reported totals and settings;
* triggers that fill in who did what from ``session_user``, and when from the server's
  clock, whatever the client sends (the history's ``who`` and ``at``, a decision's
  proposer, approver, rejecter, reviser and revoker, and who added a display name), that
  refuse approval by the proposer, by someone without the reviewer role, or of a decision
  that is not a proposal, and that refuse a change of a person's status or sentence other
  than the effect the rules give (``casetracker_reduced_end``) of a decision in force
  written in the same transaction, and of its start or length at all (reviewers and
  administrators excepted);
* a trigger on every table a group may write that refuses every write of a disabled login
  (NOLOGIN), also from the sessions it still has open;
* row-level security on ``app_user``: each login may keep its own display name (without
  characters that hide or reorder text);
* SECURITY DEFINER functions for ``case-tracker users``: only administrators may call them,
  and they act on the logins of Case Tracker's groups only.

Every function runs with a fixed ``search_path`` (``SEARCH_PATH``), so that no session's
temporary tables stand in for the database's own inside them.

Refusals are raised with SQLSTATE 42501 (insufficient_privilege) and a message in plain words
that the services pass on as ``PermissionDenied``; other rule breaks with P0001.
"""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.domain.roles import ROLES

GROUPS = tuple(r.group for r in ROLES)

# Columns of a decision's content: changing them revises the decision.
CONTENT = (
    "amnesty_id",
    "detainee_id",
    "outcome",
    "fraction_num",
    "fraction_den",
    "decision_date",
    "decided_by",
    "guarantor",
    "conditions",
    "notes",
    "override_reason",
    "status_before",
    "sentence_end_before",
    "sentence_end_after",
)
CLERK_TABLES = ("facility", "headcount", "headcount_category", "detainee", "detainee_token")
# A case is never deleted (the application has no way to): a person removed from the
# records would leave custody with no decision and no history, so nobody gets DELETE on it.
CLERK_DELETE_TABLES = tuple(t for t in CLERK_TABLES if t != "detainee")
ADMIN_TABLES = ("amnesty", "category", "reported_total", "db_setting", "app_user", "source")
# Every table some group may write: a disabled login writes none of them
# (``casetracker_enabled_guard``, a trigger on each).
WRITTEN_TABLES = tuple(
    dict.fromkeys(
        (*CLERK_TABLES, "transfer", "change_log", "source", "amnesty_decision", *ADMIN_TABLES)
    )
)

# Where the server's functions look names up, whoever calls them. A session's temporary
# tables come first unless ``pg_temp`` is named, also inside the functions: a temporary
# ``db_setting`` or ``pg_database`` would stand in for the real one in the triggers of the
# session that made it, and a temporary ``change_log`` would take the history of
# ``casetracker_set_role``. Every function is given this path (``install``).
SEARCH_PATH = "pg_catalog, public, pg_temp"

# Group roles are the cluster's: two databases set up at once may both try to create them,
# so a role or membership that appeared meanwhile is taken as done.
_ROLES_SQL = """
DO $$
DECLARE
  groups text[] := ARRAY['casetracker_viewer', 'casetracker_clerk', 'casetracker_reviewer',
                         'casetracker_administrator'];
  i integer;
BEGIN
  FOR i IN 1 .. array_length(groups, 1) LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groups[i]) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', groups[i]);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END LOOP;
  FOR i IN 2 .. array_length(groups, 1) LOOP
    IF NOT pg_has_role(groups[i], groups[i - 1], 'MEMBER') THEN
      BEGIN
        EXECUTE format('GRANT %I TO %I', groups[i - 1], groups[i]);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END LOOP;
END $$;
"""

_FUNCTIONS_SQL = r"""
-- A disabled login (NOLOGIN) has no role: ALTER ROLE … NOLOGIN stops new logins only, and
-- the sessions it already had open (a window left running) would otherwise keep acting.
CREATE OR REPLACE FUNCTION casetracker_granted_role(login name) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN pg_has_role(login, 'casetracker_administrator', 'MEMBER') THEN 'administrator'
    WHEN login = (SELECT pg_get_userbyid(datdba) FROM pg_database
                  WHERE datname = current_database()) THEN 'administrator'
    WHEN pg_has_role(login, 'casetracker_reviewer', 'MEMBER') THEN 'reviewer'
    WHEN pg_has_role(login, 'casetracker_clerk', 'MEMBER') THEN 'clerk'
    WHEN pg_has_role(login, 'casetracker_viewer', 'MEMBER') THEN 'viewer'
    ELSE 'none' END
$$;

-- The role a login may act with: the one granted, none once it is disabled (NOLOGIN),
-- also in the sessions it already has open.
CREATE OR REPLACE FUNCTION casetracker_role(login name) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN NOT coalesce((SELECT r.rolcanlogin FROM pg_roles r WHERE r.rolname = login), false)
      THEN 'none'
    ELSE casetracker_granted_role(login) END
$$;

-- The label of a scripted run, as the application cleans it (``identity.run_label``):
-- without the characters that hide or reorder text, blanks made single spaces, at most 80.
CREATE OR REPLACE FUNCTION casetracker_who() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT session_user::text || coalesce(' (' || nullif(left(btrim(regexp_replace(
    regexp_replace(regexp_replace(current_setting('casetracker.label', true), '\s+', ' ', 'g'),
                   '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', '', 'g'),
    '\s+', ' ', 'g')), 80), '') || ')', '')
$$;

CREATE OR REPLACE FUNCTION casetracker_refuse(message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END $$;

-- Every write of every table: a disabled login (NOLOGIN) writes nothing, also from the
-- sessions it still has open. (A superuser outside the groups, e.g. migrating, is let be.)
CREATE OR REPLACE FUNCTION casetracker_enabled_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF casetracker_role(session_user) = 'none'
     AND NOT coalesce((SELECT r.rolsuper AND r.rolcanlogin FROM pg_roles r
                       WHERE r.rolname = session_user), false) THEN
    PERFORM casetracker_refuse(format(
      CASE WHEN coalesce((SELECT r.rolcanlogin FROM pg_roles r
                          WHERE r.rolname = session_user), false)
           THEN 'Your role, none, may not change the records'
           ELSE 'The login %s is disabled and may not change the records' END,
      session_user));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casetracker_now() RETURNS timestamp
LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'utc')::timestamp(0) $$;

CREATE OR REPLACE FUNCTION casetracker_history_who() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.who := casetracker_who();
  NEW.at := casetracker_now();  -- when, by the server's clock: never a date sent
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casetracker_transfer_who() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.recorded_by := session_user::text;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casetracker_needs_approval(p_amnesty integer, p_outcome text)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT s.value FROM db_setting s WHERE s.key = 'approval'), 'on') <> 'off'
     AND p_outcome = ANY (string_to_array(
           coalesce((SELECT a.approval_outcomes FROM amnesty a WHERE a.id = p_amnesty),
                    'reduced,released'), ','))
$$;

-- A batch ("Apply amnesty") is proposed in one transaction and reviewed as a whole: a
-- decision joins it only in that transaction, never one proposed by another login later.
CREATE OR REPLACE FUNCTION casetracker_batch_closed(p_batch text, p_id integer)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_batch IS NOT NULL AND EXISTS (
    SELECT 1 FROM amnesty_decision d
    WHERE d.batch_id = p_batch AND d.id IS DISTINCT FROM p_id
      AND d.xmin::text::bigint <> txid_current() % 4294967296)
$$;

CREATE OR REPLACE FUNCTION casetracker_decision_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  me text := session_user::text;
  my_role text := casetracker_role(session_user);
  needs boolean := casetracker_needs_approval(NEW.amnesty_id, NEW.outcome);
  label text := format('decision %s', coalesce(NEW.id::text, '(new)'));
BEGIN
  IF my_role NOT IN ('clerk', 'reviewer', 'administrator') THEN
    PERFORM casetracker_refuse(format('Your role, %s, may not propose decisions', my_role));
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.before_approval AND my_role <> 'administrator' THEN
      PERFORM casetracker_refuse(format(
        'Your role, %s, may not record decisions as made before approval was required',
        my_role));
    END IF;
    IF casetracker_batch_closed(NEW.batch_id, NEW.id) THEN
      PERFORM casetracker_refuse(
        'a decision joins a proposed batch only when the batch is proposed, not afterwards');
    END IF;
    NEW.proposed_by := me;
    NEW.proposed_at := casetracker_now();
    NEW.approved_by := NULL; NEW.approved_at := NULL; NEW.approval_note := NULL;
    NEW.rejected_by := NULL; NEW.rejected_at := NULL; NEW.rejection_reason := NULL;
    NEW.revised_by := NULL; NEW.revised_at := NULL;
    IF NEW.revoked_at IS NOT NULL THEN
      NEW.revoked_by := me;
    END IF;
    NEW.state := CASE WHEN needs AND NOT NEW.before_approval THEN 'proposed'
                      ELSE 'approved' END;
    RETURN NEW;
  END IF;

  -- Four eyes: what is approved is what was proposed. A proposal's content is fixed (the
  -- application never changes it; a pending decision turned into an outcome is proposed
  -- anew below), also in the UPDATE that approves it: reject it and propose again.
  IF OLD.state = 'proposed' AND OLD.outcome <> 'pending'
     AND ROW(__CONTENT_NEW__) IS DISTINCT FROM ROW(__CONTENT_OLD__) THEN
    RAISE EXCEPTION '%: a proposal cannot be changed; reject it and propose again', label;
  END IF;
  -- Who last revised it, and when, is the server's to write: below, and only when its
  -- content changes (never in the UPDATE that approves it).
  NEW.revised_by := OLD.revised_by;
  NEW.revised_at := OLD.revised_at;

  IF NEW.proposed_by IS DISTINCT FROM OLD.proposed_by
     OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at
     OR NEW.before_approval IS DISTINCT FROM OLD.before_approval
     OR NEW.batch_id IS DISTINCT FROM OLD.batch_id THEN
    -- a pending decision turned into a proposal is proposed anew by whoever does it
    IF NOT (OLD.outcome = 'pending' AND NEW.outcome <> 'pending'
            AND NEW.before_approval IS NOT DISTINCT FROM OLD.before_approval)
       OR (NEW.batch_id IS DISTINCT FROM OLD.batch_id
           AND casetracker_batch_closed(NEW.batch_id, NEW.id)) THEN
      PERFORM casetracker_refuse(
        'who proposed a decision, and when, is recorded by the database and cannot be changed');
    END IF;
  END IF;

  -- A pending decision turned into an outcome (deciding again, or "Apply amnesty") is a
  -- revision, not an approval: its state is set below from the outcome, whatever is sent.
  IF NEW.state IS DISTINCT FROM OLD.state
     AND NOT (OLD.outcome = 'pending' AND NEW.outcome <> 'pending') THEN
    -- An approval or a rejection writes who revoked nothing: the revocation is a step of
    -- its own, below, where the server writes the revoker.
    IF NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
       OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by
       OR NEW.revoked_reason IS DISTINCT FROM OLD.revoked_reason THEN
      PERFORM casetracker_refuse(
        'a decision is approved or rejected, and revoked, in separate steps');
    END IF;
    IF my_role NOT IN ('reviewer', 'administrator') THEN
      PERFORM casetracker_refuse(format('Your role, %s, may not approve decisions', my_role));
    END IF;
    IF OLD.revoked_at IS NOT NULL THEN
      RAISE EXCEPTION '%: the decision was revoked; only a proposal can be approved', label;
    END IF;
    IF OLD.state <> 'proposed' THEN
      RAISE EXCEPTION '%: the decision is already %; only a proposal can be approved or rejected',
        label, OLD.state;
    END IF;
    IF OLD.proposed_by = me THEN
      PERFORM casetracker_refuse('Decisions you proposed must be approved by another reviewer');
    END IF;
    IF NEW.state = 'approved' THEN
      NEW.approved_by := me; NEW.approved_at := casetracker_now();
      NEW.rejected_by := NULL; NEW.rejected_at := NULL; NEW.rejection_reason := NULL;
    ELSIF NEW.state = 'rejected' THEN
      IF nullif(btrim(coalesce(NEW.rejection_reason, '')), '') IS NULL THEN
        RAISE EXCEPTION '%: a rejection needs a reason', label;
      END IF;
      NEW.rejected_by := me; NEW.rejected_at := casetracker_now();
      NEW.approved_by := NULL; NEW.approved_at := NULL; NEW.approval_note := NULL;
    ELSE
      RAISE EXCEPTION '%: a decision can only be approved or rejected', label;
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.approved_by IS DISTINCT FROM OLD.approved_by
     OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
     OR NEW.rejected_by IS DISTINCT FROM OLD.rejected_by
     OR NEW.rejected_at IS DISTINCT FROM OLD.rejected_at
     OR NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason
     OR NEW.approval_note IS DISTINCT FROM OLD.approval_note THEN
    PERFORM casetracker_refuse(
      'who approved or rejected a decision is recorded by the database and cannot be changed');
  END IF;

  IF NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL THEN
    IF my_role NOT IN ('reviewer', 'administrator') THEN
      PERFORM casetracker_refuse(format('Your role, %s, may not revoke decisions', my_role));
    END IF;
    NEW.revoked_by := me;
    NEW.revoked_at := casetracker_now();  -- when, by the server's clock
  ELSIF NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
        OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by
        OR NEW.revoked_reason IS DISTINCT FROM OLD.revoked_reason THEN
    PERFORM casetracker_refuse('a revocation cannot be changed or undone');
  END IF;

  IF ROW(__CONTENT_NEW__) IS DISTINCT FROM ROW(__CONTENT_OLD__) THEN
    IF OLD.state = 'rejected' OR OLD.revoked_at IS NOT NULL THEN
      RAISE EXCEPTION '%: a rejected or revoked decision cannot be changed', label;
    END IF;
    IF OLD.state = 'approved' AND OLD.outcome <> 'pending' THEN
      RAISE EXCEPTION '%: a decision in force cannot be changed; revoke it first', label;
    END IF;
    IF OLD.outcome = 'pending' AND NEW.outcome <> 'pending' THEN
      NEW.proposed_by := me;
      NEW.proposed_at := casetracker_now();
      NEW.state := CASE WHEN needs THEN 'proposed' ELSE 'approved' END;
    END IF;
    NEW.revised_by := me;
    NEW.revised_at := casetracker_now();
  END IF;
  RETURN NEW;
END $$;

-- The new end of a sentence reduced by num/den, as ``decision_rules.effects`` computes it:
-- the fraction cut from the term as it stands (start to end, in whole months; the length
-- given when there is no end), rounded down to whole months. NULL when the rules give no
-- reduction (no start or length, or not a fraction in (0, 1]).
CREATE OR REPLACE FUNCTION casetracker_reduced_end(
  p_start date, p_end date, p_months integer, p_num integer, p_den integer)
RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  num bigint := coalesce(p_num, 1);
  den bigint := coalesce(p_den, 2);
  term bigint;
BEGIN
  IF p_start IS NULL OR p_months IS NULL OR num <= 0 OR num > den
     OR (p_num IS NULL) <> (p_den IS NULL) THEN
    RETURN NULL;
  END IF;
  IF p_end IS NULL THEN
    term := p_months;
  ELSIF p_end <= p_start THEN
    term := 0;
  ELSE
    term := (extract(year FROM p_end) - extract(year FROM p_start)) * 12
            + extract(month FROM p_end) - extract(month FROM p_start);
    WHILE term > 0 AND (p_start + make_interval(months => term::integer))::date > p_end LOOP
      term := term - 1;
    END LOOP;
  END IF;
  RETURN (p_start + make_interval(months => (term - term * num / den)::integer))::date;
END $$;

CREATE OR REPLACE FUNCTION casetracker_person_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  my_role text := casetracker_role(session_user);
  this_xact bigint := txid_current() % 4294967296;
BEGIN
  IF NEW.status IS NOT DISTINCT FROM OLD.status
     AND NEW.sentence_end IS NOT DISTINCT FROM OLD.sentence_end
     AND NEW.sentence_start IS NOT DISTINCT FROM OLD.sentence_start
     AND NEW.sentence_months IS NOT DISTINCT FROM OLD.sentence_months THEN
    RETURN NEW;
  END IF;
  IF my_role IN ('reviewer', 'administrator') THEN
    RETURN NEW;
  END IF;
  -- A decision in force written in this same transaction (approval off, or an outcome that
  -- needs no approval) carries its effect: the one the rules give for the person as they
  -- stand (held; what it records as before is theirs, which a revocation would restore;
  -- a reduction's end computed from their sentence), never merely the one it records.
  -- (The start and length a reduction computes from are never a decision's to change.)
  IF NEW.sentence_start IS NOT DISTINCT FROM OLD.sentence_start
     AND NEW.sentence_months IS NOT DISTINCT FROM OLD.sentence_months
     AND OLD.status = 'held'
     AND EXISTS (
    SELECT 1 FROM amnesty_decision d
    WHERE d.detainee_id = NEW.id AND d.state = 'approved' AND d.revoked_at IS NULL
      AND d.xmin::text::bigint = this_xact
      -- and proposed in it (the server sets proposed_at): an old decision merely touched in
      -- this transaction carries no effect
      AND d.proposed_at = casetracker_now()
      AND d.status_before IS NOT DISTINCT FROM OLD.status
      AND d.sentence_end_before IS NOT DISTINCT FROM OLD.sentence_end
      AND ((NEW.status IS DISTINCT FROM OLD.status AND d.outcome = 'released'
            AND NEW.status = 'released'
            AND d.sentence_end_after IS NOT DISTINCT FROM OLD.sentence_end
            AND NEW.sentence_end IS NOT DISTINCT FROM OLD.sentence_end)
        OR (NEW.sentence_end IS DISTINCT FROM OLD.sentence_end AND d.outcome = 'reduced'
            AND NEW.sentence_end IS NOT DISTINCT FROM d.sentence_end_after
            AND d.sentence_end_after = casetracker_reduced_end(
                  OLD.sentence_start, OLD.sentence_end, OLD.sentence_months,
                  d.fraction_num, d.fraction_den)
            AND NEW.status IS NOT DISTINCT FROM OLD.status))
  ) THEN
    RETURN NEW;
  END IF;
  PERFORM casetracker_refuse(format(
    'Your role, %s, may not change a person''s status or sentence outside an approved decision',
    my_role));
  RETURN NULL;
END $$;

-- A display name (kept by each login for itself): without the characters that hide or
-- reorder text, as the application requires (``identity.set_display_name``); who added
-- the row, and when, written by the server.
CREATE OR REPLACE FUNCTION casetracker_user_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.display_name ~ '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]' THEN
    PERFORM casetracker_refuse(
      'Remove the invisible control or direction characters: they hide or reorder what the name shows');
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.added_by := session_user::text;
    NEW.added_at := casetracker_now();
  ELSE
    NEW.added_by := OLD.added_by;
    NEW.added_at := OLD.added_at;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casetracker_require_admin() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- The role the other rules give (a member of casetracker_administrator, or the
  -- database's owner, which need not be a member), none once disabled.
  IF casetracker_role(session_user) <> 'administrator' THEN
    PERFORM casetracker_refuse(format('Your role, %s, may not manage users and roles',
                                      casetracker_role(session_user)));
  END IF;
END $$;

-- The logins ``case-tracker users`` may change: members of a Case Tracker group, never a
-- group itself, the database's owner or a superuser (the functions below run as the owner,
-- who could otherwise alter any role of the server it may).
CREATE OR REPLACE FUNCTION casetracker_require_user(login text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    RAISE EXCEPTION 'user %: no such login', login;
  END IF;
  IF left(login, 12) = 'casetracker_'
     OR login = (SELECT pg_get_userbyid(datdba) FROM pg_database
                 WHERE datname = current_database())
     OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = login)
     OR NOT EXISTS (
       SELECT 1 FROM pg_auth_members m
       JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
       WHERE r.rolname = login AND g.rolname IN ('casetracker_viewer', 'casetracker_clerk',
                                                 'casetracker_reviewer',
                                                 'casetracker_administrator')) THEN
    RAISE EXCEPTION 'user %: not a Case Tracker user (a login given one of its roles)', login;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION casetracker_log_user(login text, field text, before text, after text)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO change_log (at, who, table_name, record_id, action, field, before, after)
  VALUES (casetracker_now(), casetracker_who(), 'app_user', 0,
          CASE WHEN before IS NULL THEN 'insert' ELSE 'update' END,
          field, CASE WHEN before IS NULL THEN NULL ELSE login || ': ' || before END,
          login || ': ' || after)
$$;

CREATE OR REPLACE FUNCTION casetracker_add_user(login text, role text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM casetracker_require_admin();
  IF role NOT IN ('viewer', 'clerk', 'reviewer', 'administrator') THEN
    RAISE EXCEPTION 'no role %', role;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    RAISE EXCEPTION 'user %: a login of that name already exists', login;
  END IF;
  IF verifier IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', login, 'casetracker_' || role);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                   'casetracker_' || role);
  END IF;
  PERFORM casetracker_log_user(login, 'role', NULL, role);
END $$;

CREATE OR REPLACE FUNCTION casetracker_set_role(login text, role text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE before text;
DECLARE g text;
BEGIN
  PERFORM casetracker_require_admin();
  IF role NOT IN ('viewer', 'clerk', 'reviewer', 'administrator') THEN
    RAISE EXCEPTION 'no role %', role;
  END IF;
  PERFORM casetracker_require_user(login);
  IF login = session_user::text THEN
    RAISE EXCEPTION 'user %: you cannot change your own role; ask another administrator', login;
  END IF;
  before := casetracker_role(login::name);
  FOREACH g IN ARRAY ARRAY['casetracker_viewer', 'casetracker_clerk', 'casetracker_reviewer',
                           'casetracker_administrator'] LOOP
    EXECUTE format('REVOKE %I FROM %I', g, login);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', 'casetracker_' || role, login);
  PERFORM casetracker_log_user(login, 'role', before, role);
END $$;

CREATE OR REPLACE FUNCTION casetracker_disable_user(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM casetracker_require_admin();
  PERFORM casetracker_require_user(login);
  IF login = session_user::text THEN
    RAISE EXCEPTION 'user %: you cannot disable yourself; ask another administrator', login;
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', login);
  PERFORM casetracker_log_user(login, 'disabled', 'false', 'true');
END $$;
"""

_TRIGGERS = (
    ("change_log", "casetracker_history_who", "BEFORE INSERT", "ROW"),
    ("transfer", "casetracker_transfer_who", "BEFORE INSERT", "ROW"),
    ("amnesty_decision", "casetracker_decision_guard", "BEFORE INSERT OR UPDATE", "ROW"),
    ("detainee", "casetracker_person_guard", "BEFORE UPDATE", "ROW"),
    ("app_user", "casetracker_user_guard", "BEFORE INSERT OR UPDATE", "ROW"),
    *(
        (
            table,
            "casetracker_enabled_guard",
            "BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE",
            "STATEMENT",
        )
        for table in WRITTEN_TABLES
    ),
)

# Every function ``install`` makes, by signature (``uninstall`` drops them, dependents first).
FUNCTIONS = (
    "casetracker_add_user(text, text, text)",
    "casetracker_set_role(text, text)",
    "casetracker_disable_user(text)",
    "casetracker_log_user(text, text, text, text)",
    "casetracker_require_user(text)",
    "casetracker_require_admin()",
    "casetracker_person_guard()",
    "casetracker_user_guard()",
    "casetracker_reduced_end(date, date, integer, integer, integer)",
    "casetracker_decision_guard()",
    "casetracker_enabled_guard()",
    "casetracker_needs_approval(integer, text)",
    "casetracker_batch_closed(text, integer)",
    "casetracker_transfer_who()",
    "casetracker_history_who()",
    "casetracker_now()",
    "casetracker_refuse(text)",
    "casetracker_who()",
    "casetracker_role(name)",
    "casetracker_granted_role(name)",
)


def _grants_sql() -> str:
    decision_content = ", ".join((*CONTENT[2:], "version"))
    reviewer_columns = ", ".join(
        (
            "state",
            "approved_by",
            "approved_at",
            "approval_note",
            "rejected_by",
            "rejected_at",
            "rejection_reason",
            "revoked_at",
            "revoked_by",
            "revoked_reason",
        )
    )
    return f"""
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO casetracker_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO casetracker_viewer;
GRANT INSERT, UPDATE ON app_user TO casetracker_viewer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casetracker_clerk;
GRANT INSERT, UPDATE ON {", ".join(CLERK_TABLES)} TO casetracker_clerk;
GRANT DELETE ON {", ".join(CLERK_DELETE_TABLES)} TO casetracker_clerk;
REVOKE DELETE ON detainee FROM casetracker_clerk, casetracker_reviewer,
  casetracker_administrator;
GRANT INSERT ON transfer, change_log, source TO casetracker_clerk;
GRANT INSERT ON amnesty_decision TO casetracker_clerk;
GRANT UPDATE ({decision_content}, proposed_by, proposed_at, revised_by, revised_at, state,
  batch_id) ON amnesty_decision TO casetracker_clerk;
GRANT UPDATE ({reviewer_columns}) ON amnesty_decision TO casetracker_reviewer;
GRANT INSERT, UPDATE, DELETE ON {", ".join(ADMIN_TABLES)} TO casetracker_administrator;
REVOKE ALL ON FUNCTION casetracker_add_user(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION casetracker_set_role(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION casetracker_disable_user(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casetracker_add_user(text, text, text) TO casetracker_administrator;
GRANT EXECUTE ON FUNCTION casetracker_set_role(text, text) TO casetracker_administrator;
GRANT EXECUTE ON FUNCTION casetracker_disable_user(text) TO casetracker_administrator;
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS app_user_read ON app_user;
DROP POLICY IF EXISTS app_user_own ON app_user;
DROP POLICY IF EXISTS app_user_admin ON app_user;
CREATE POLICY app_user_read ON app_user FOR SELECT USING (true);
CREATE POLICY app_user_own ON app_user FOR ALL TO casetracker_viewer
  USING (login = session_user::text)
  WITH CHECK (login = session_user::text AND role IS NULL AND NOT disabled);
CREATE POLICY app_user_admin ON app_user FOR ALL TO casetracker_administrator
  USING (true) WITH CHECK (true);
"""


def _functions_sql() -> str:
    new = ", ".join(f"NEW.{c}" for c in CONTENT)
    old = ", ".join(f"OLD.{c}" for c in CONTENT)
    return _FUNCTIONS_SQL.replace("__CONTENT_NEW__", new).replace("__CONTENT_OLD__", old)


def install(conn: Connection) -> None:
    """Create or replace the group roles, grants, functions and triggers (idempotent)."""
    for script in (_ROLES_SQL, _functions_sql()):
        _run(conn, script)
    for signature in FUNCTIONS:
        _run(conn, f"ALTER FUNCTION {signature} SET search_path = {SEARCH_PATH}")
    for table, function, when, level in _TRIGGERS:
        _run(conn, f"DROP TRIGGER IF EXISTS {function} ON {table}")
        _run(
            conn,
            f"CREATE TRIGGER {function} {when} ON {table} "
            f"FOR EACH {level} EXECUTE FUNCTION {function}()",
        )
    _run(conn, _grants_sql())


def _run(conn: Connection, script: str) -> None:
    """A script of several statements, sent as it is (no placeholders: ``format('%I')``
    stays PL/pgSQL's), in the connection's transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(script)


def uninstall(conn: Connection) -> None:
    """Drop what ``install`` made in this database (the group roles are the cluster's and
    stay: other databases may use them)."""
    for table, function, _when, _level in _TRIGGERS:
        _run(conn, f"DROP TRIGGER IF EXISTS {function} ON {table}")
    for signature in FUNCTIONS:
        _run(conn, f"DROP FUNCTION IF EXISTS {signature}")
    for group in GROUPS:
        _run(
            conn,
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}'; END IF; END $$",
        )
