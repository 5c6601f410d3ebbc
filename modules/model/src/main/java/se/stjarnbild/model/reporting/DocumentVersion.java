package se.stjarnbild.model.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;

/**
 * One generation of the document: a numbered draft with who and when, its HTML, PDF and DOCX
 * exactly as generated, and its figures (for comparing drafts). Freezing records who and when;
 * a frozen version's files are never written again, so its PDF stays byte-identical to its hash.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private DecisionDocument document;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html", nullable = false)
    private String html;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "docx", nullable = false)
    private byte[] docx;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "figures", nullable = false)
    private String figures;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "frozen_by", length = 100)
    private String frozenBy;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    protected DocumentVersion() {
    }

    public DocumentVersion(DecisionDocument document, int number, String createdBy, Instant createdAt, String html,
            byte[] pdf, byte[] docx, String figures, String pdfSha256) {
        this.document = document;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.figures = figures;
        this.pdfSha256 = pdfSha256;
    }

    public void freeze(String by, Instant at) {
        if (frozenAt == null) {
            frozenBy = by;
            frozenAt = at;
        }
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public DecisionDocument getDocument() { return document; }
    public int getNumber() { return number; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getHtml() { return html; }
    public byte[] getPdf() { return pdf; }
    public byte[] getDocx() { return docx; }
    public String getFigures() { return figures; }
    public String getPdfSha256() { return pdfSha256; }
    public String getFrozenBy() { return frozenBy; }
    public Instant getFrozenAt() { return frozenAt; }
}
