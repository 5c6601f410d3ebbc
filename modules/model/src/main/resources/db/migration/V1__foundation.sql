-- Stjärnbild foundation schema: campaign and phases, geography, target and reference groups,
-- themes, quotes, staff users. Portable SQL for H2 2.x and PostgreSQL.

-- One sequence for all entity ids, handed out in blocks of 50 (see BaseEntity).
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE campaign (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    municipality   VARCHAR(200)  NOT NULL,
    campaign_year  INTEGER       NOT NULL,
    description    VARCHAR(2000),
    CONSTRAINT uq_campaign_name UNIQUE (name)
);

CREATE TABLE campaign_phase (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    campaign_id  BIGINT       NOT NULL REFERENCES campaign (id),
    kind         VARCHAR(40)  NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    CONSTRAINT ck_phase_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_phase_kind CHECK (kind IN ('INTERVIEWS', 'REFERENCE_GROUPS', 'OPEN_MEETINGS', 'DECISION'))
);
CREATE INDEX ix_campaign_phase_campaign ON campaign_phase (campaign_id);

CREATE TABLE district (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    code        VARCHAR(60)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    sort_order  INTEGER       NOT NULL,
    CONSTRAINT uq_district_code UNIQUE (code)
);

CREATE TABLE village (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    district_id  BIGINT        NOT NULL REFERENCES district (id),
    name         VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_village_name UNIQUE (district_id, name)
);

CREATE TABLE place (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    district_id  BIGINT        NOT NULL REFERENCES district (id),
    village_id   BIGINT        REFERENCES village (id),
    description  VARCHAR(2000),
    CONSTRAINT ck_place_kind CHECK (kind IN ('BUSINESS', 'NATURE_SITE', 'CULTURAL_SITE', 'ATTRACTION', 'OTHER'))
);
CREATE INDEX ix_place_district ON place (district_id);

CREATE TABLE target_group (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    code        VARCHAR(60)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    sort_order  INTEGER       NOT NULL,
    CONSTRAINT uq_target_group_code UNIQUE (code)
);

CREATE TABLE reference_group (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    target_group_id  BIGINT        REFERENCES target_group (id),
    district_id      BIGINT        REFERENCES district (id),
    purpose          VARCHAR(2000),
    CONSTRAINT uq_reference_group_name UNIQUE (name),
    CONSTRAINT ck_reference_group_represents CHECK (
        (kind = 'TARGET_GROUP' AND target_group_id IS NOT NULL AND district_id IS NULL)
        OR (kind = 'DISTRICT' AND district_id IS NOT NULL AND target_group_id IS NULL))
);

CREATE TABLE theme (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(2000),
    parent_id    BIGINT        REFERENCES theme (id)
);

CREATE TABLE quote (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    text         VARCHAR(4000)  NOT NULL,
    source       VARCHAR(40)    NOT NULL,
    attribution  VARCHAR(40)    NOT NULL,
    place_id     BIGINT         REFERENCES place (id),
    village_id   BIGINT         REFERENCES village (id),
    district_id  BIGINT         REFERENCES district (id),
    created_at   TIMESTAMP      NOT NULL,
    CONSTRAINT ck_quote_source CHECK (source IN ('INTERVIEW', 'MEETING', 'CONTRIBUTION', 'REFERENCE_GROUP')),
    CONSTRAINT ck_quote_attribution CHECK (attribution IN ('ANONYMOUS', 'PLACE_ONLY', 'NAMED_BUSINESS'))
);
CREATE INDEX ix_quote_district ON quote (district_id);
CREATE INDEX ix_quote_place ON quote (place_id);

CREATE TABLE app_user (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    username       VARCHAR(60)   NOT NULL,
    display_name   VARCHAR(200)  NOT NULL,
    email          VARCHAR(254),
    password_hash  VARCHAR(400)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id  BIGINT       NOT NULL REFERENCES app_user (id),
    role     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT ck_app_user_role CHECK (role IN ('STAFF', 'ORGANISER', 'SECRETARY', 'ADMIN'))
);
