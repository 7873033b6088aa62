package cn.shequ.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Document numbers are accepted as people type them and kept in one form. */
class DocumentNumberTest {

    @Test
    void acceptsTheUsualBracketsAndKeepsOneForm() {
        for (String typed : new String[] {"诸社办发〔2015〕1号", "诸社办发[2015]1号", "诸社办发［2015］1号", "诸社办发（2015）1号",
                "诸社办发(2015)01号", " 诸社办发 [ 2015 ] 1 ", "诸社办发【2015】1"}) {
            assertThat(DocumentNumber.canonical(typed)).as(typed).hasValue("诸社办发〔2015〕1号");
        }
    }

    @Test
    void refusesWhatIsNotADocumentNumber() {
        for (String typed : new String[] {"", "诸社办发2015年1号", "〔2015〕1号", "诸社办发〔15〕1号", "诸社办发〔2015〕号", null}) {
            assertThat(DocumentNumber.canonical(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }

    @Test
    void readsTheYear() {
        assertThat(DocumentNumber.yearOf("诸社发〔2015〕2号")).isEqualTo(2015);
    }
}
