package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;

import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The money received (资金) of {@code /land-linkage/funds}, with the total of what the list finds. */
@Controller
@RequestMapping("/land-linkage/funds")
class LandFundPages extends RecordPages<LandFund, FundForm> {

    LandFundPages(RecordPages.Support support, LandFunds funds, LandLinkageService service, LandChoices choices) {
        super(support, LandLinkageConfig.kind("fund", "funds", LandFund.class, FundForm::new, FundForm::of,
                        fund -> fund.getReceivedOn().getYear())
                .savedBy(funds, service::fund, service::createFund, service::updateFund)
                .datedBy("receivedOn").filter("source", LandFundSource.class, "sources")
                .sortable("receivedOn,desc", "receivedOn", "source", "amount", "regionPath")
                .total("landlinkage.funds.total", found -> found.stream().map(LandFund::getAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .column("receivedOn", LandFund::getReceivedOn).column("source", LandFund::getSource)
                .moneyColumn("amount", LandFund::getAmount).column("purpose", LandFund::getPurpose)
                .placeColumn("target", (fund, place) -> place + " · " + fund.targetName())
                .newOn(FundForm::setReceivedOn)
                .field("receivedOn", "date").enumField("source", LandFundSource.class).field("amount", "number")
                .field("purpose", "text").choiceField("zoneId", "ref", choices::zones)
                .choiceField("plotId", "ref", choices::plots).field("notes", "textarea")
                .shows(LandFund::getPurpose, (fund, view) -> view
                        .text("receivedOn", fund.getReceivedOn())
                        .enumLabel("source", fund.getSource())
                        .money("amount", fund.getAmount())
                        .link("target", fund.targetName(), fund.getZone() != null
                                ? "/land-linkage/zones/" + fund.getZone().getId()
                                : "/land-linkage/plots/" + fund.getPlot().getId(), null)
                        .text("notes", fund.getNotes())));
    }
}
