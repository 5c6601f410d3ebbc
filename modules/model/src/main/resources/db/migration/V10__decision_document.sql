-- The decision document for the board: one working draft per campaign with what the secretary
-- writes, the stars it presents in order, its numbered decision points, and every generated
-- version with its files. A frozen version is never changed again: its PDF's SHA-256 is kept.

CREATE TABLE decision_document (
    id                     BIGINT          NOT NULL PRIMARY KEY,
    version                BIGINT          NOT NULL,
    campaign_id            BIGINT          NOT NULL REFERENCES campaign (id),
    registry_number        VARCHAR(40),
    title                  VARCHAR(300)    NOT NULL,
    unit                   VARCHAR(200)    NOT NULL,
    case_officer           VARCHAR(200),
    document_date          DATE            NOT NULL,
    summary                VARCHAR(20000),
    background             VARCHAR(20000),
    consequences_economy   VARCHAR(20000),
    consequences_children  VARCHAR(20000),
    consequences_equality  VARCHAR(20000),
    basis                  VARCHAR(4000),
    recipients             VARCHAR(4000),
    updated_by             VARCHAR(100),
    updated_at             TIMESTAMP,
    CONSTRAINT uq_decision_document_campaign UNIQUE (campaign_id)
);

-- Ordered lists without a key on the position: when the secretary reorders points, the JPA
-- provider rewrites positions row by row, and a unique position would clash mid-way.
CREATE TABLE decision_point (
    document_id  BIGINT         NOT NULL REFERENCES decision_document (id),
    position     INTEGER        NOT NULL,
    text         VARCHAR(2000)  NOT NULL
);
CREATE INDEX ix_decision_point_document ON decision_point (document_id);

CREATE TABLE decision_document_star (
    document_id  BIGINT   NOT NULL REFERENCES decision_document (id),
    position     INTEGER  NOT NULL,
    star_id      BIGINT   NOT NULL REFERENCES star (id)
);
CREATE INDEX ix_decision_document_star_document ON decision_document_star (document_id);

CREATE TABLE document_version (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    document_id  BIGINT         NOT NULL REFERENCES decision_document (id),
    number       INTEGER        NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    html         TEXT           NOT NULL,
    pdf          BYTEA          NOT NULL,
    docx         BYTEA          NOT NULL,
    figures      TEXT           NOT NULL,
    pdf_sha256   VARCHAR(64)    NOT NULL,
    frozen_by    VARCHAR(100),
    frozen_at    TIMESTAMP,
    CONSTRAINT uq_document_version_number UNIQUE (document_id, number)
);
