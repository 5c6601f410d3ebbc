-- Reference groups: a contact person among staff, written conclusions per session, members with
-- the optional background that matters for representativeness, and feedback rounds in which
-- each member rates candidate stars from a personal link.

ALTER TABLE reference_group ADD COLUMN contact_user_id BIGINT REFERENCES app_user (id);

CREATE TABLE group_conclusion (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    group_id    BIGINT         NOT NULL REFERENCES reference_group (id),
    meeting_id  BIGINT         NOT NULL REFERENCES meeting (id),
    text        VARCHAR(8000)  NOT NULL,
    written_by  VARCHAR(100)   NOT NULL,
    written_at  TIMESTAMP      NOT NULL,
    CONSTRAINT uq_group_conclusion UNIQUE (group_id, meeting_id)
);

-- A member's personal data (name, e-mail, phone, address, background) is erased on request:
-- the row stays, with erased_at set, so their ratings and comments remain as anonymous evidence.
-- E-mail addresses are stored in lower case; unique, so nobody is added twice.
CREATE TABLE group_member (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    name                 VARCHAR(200),
    email                VARCHAR(254),
    phone                VARCHAR(40),
    postal_address       VARCHAR(400),
    joined_on            DATE           NOT NULL,
    left_on              DATE,
    recruited_how        VARCHAR(40)    NOT NULL,
    consent_given        BOOLEAN        NOT NULL,
    consent_date         DATE,
    age_band             VARCHAR(20),
    residence_district_id BIGINT        REFERENCES district (id),
    years_here           INTEGER,
    erased_at            TIMESTAMP,
    CONSTRAINT uq_group_member_email UNIQUE (email),
    CONSTRAINT ck_group_member_years CHECK (years_here IS NULL OR years_here >= 0)
);

CREATE TABLE group_membership (
    member_id  BIGINT  NOT NULL REFERENCES group_member (id),
    group_id   BIGINT  NOT NULL REFERENCES reference_group (id),
    PRIMARY KEY (member_id, group_id)
);
CREATE INDEX ix_group_membership_group ON group_membership (group_id);

CREATE TABLE feedback_round (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    closes_on   DATE           NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    opened_by   VARCHAR(100)   NOT NULL,
    opened_at   TIMESTAMP      NOT NULL,
    closed_at   TIMESTAMP
);

CREATE TABLE feedback_round_group (
    round_id  BIGINT  NOT NULL REFERENCES feedback_round (id),
    group_id  BIGINT  NOT NULL REFERENCES reference_group (id),
    PRIMARY KEY (round_id, group_id)
);

CREATE TABLE feedback_round_star (
    round_id  BIGINT  NOT NULL REFERENCES feedback_round (id),
    star_id   BIGINT  NOT NULL REFERENCES star (id),
    PRIMARY KEY (round_id, star_id)
);

-- One invitation per member and round, through one of the round's groups; the token is the
-- member's only key to their answers.
CREATE TABLE feedback_invitation (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    round_id      BIGINT         NOT NULL REFERENCES feedback_round (id),
    member_id     BIGINT         NOT NULL REFERENCES group_member (id),
    group_id      BIGINT         NOT NULL REFERENCES reference_group (id),
    token         VARCHAR(64)    NOT NULL,
    proposal      VARCHAR(4000),
    answered_at   TIMESTAMP,
    reminded_at   TIMESTAMP,
    CONSTRAINT uq_feedback_invitation_token UNIQUE (token),
    CONSTRAINT uq_feedback_invitation_member UNIQUE (round_id, member_id)
);

CREATE TABLE feedback_answer (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    invitation_id  BIGINT         NOT NULL REFERENCES feedback_invitation (id),
    star_id        BIGINT         NOT NULL REFERENCES star (id),
    truth          INTEGER,
    uniqueness     INTEGER,
    comment        VARCHAR(4000),
    quote_id       BIGINT         REFERENCES quote (id),
    CONSTRAINT uq_feedback_answer UNIQUE (invitation_id, star_id),
    CONSTRAINT ck_feedback_truth CHECK (truth IS NULL OR (truth BETWEEN 1 AND 5)),
    CONSTRAINT ck_feedback_uniqueness CHECK (uniqueness IS NULL OR (uniqueness BETWEEN 1 AND 5))
);
CREATE INDEX ix_feedback_answer_star ON feedback_answer (star_id);
