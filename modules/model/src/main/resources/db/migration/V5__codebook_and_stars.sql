-- Coding quotes with themes of the codebook, and candidate stars with the quotes that are their evidence.

CREATE INDEX ix_theme_parent ON theme (parent_id);

-- A quote coded with a theme. Renaming a theme changes nothing here; merging moves the rows.
CREATE TABLE quote_theme (
    quote_id  BIGINT NOT NULL REFERENCES quote (id),
    theme_id  BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (quote_id, theme_id)
);
CREATE INDEX ix_quote_theme_theme ON quote_theme (theme_id, quote_id);

-- A candidate star (stjärna) of the place brand.
CREATE TABLE star (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(4000),
    whole_municipality  BOOLEAN        NOT NULL,
    status              VARCHAR(40)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    CONSTRAINT uq_star_title UNIQUE (title),
    CONSTRAINT ck_star_status CHECK (status IN ('PROPOSED', 'SHORTLISTED', 'CHOSEN', 'DROPPED'))
);

-- The districts a star is about when it is not about the whole municipality.
CREATE TABLE star_district (
    star_id      BIGINT NOT NULL REFERENCES star (id),
    district_id  BIGINT NOT NULL REFERENCES district (id),
    PRIMARY KEY (star_id, district_id)
);

-- The quotes that support a star, linked explicitly by staff.
CREATE TABLE star_evidence (
    star_id   BIGINT NOT NULL REFERENCES star (id),
    quote_id  BIGINT NOT NULL REFERENCES quote (id),
    PRIMARY KEY (star_id, quote_id)
);
CREATE INDEX ix_star_evidence_quote ON star_evidence (quote_id);
