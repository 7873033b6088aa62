package cn.shequ.platform.document;

import java.time.LocalDate;

/** A document as other modules cite it: 《title》（number）. */
public record DocumentRef(long id, String number, String title, String issuer, LocalDate issuedOn) {

    /** The way the yearbook cites a document: 《关于…的工作计划》（诸社办发〔2015〕1号）. */
    public String citation() {
        return "《" + title + "》（" + number + "）";
    }
}
