package cn.shequ.platform.yearbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces a year's entry and tables from the records, keeps the entry's templates, and publishes
 * and reopens years. While a year is published for a region, its downloads are the published files.
 */
@Service
@Transactional
class YearbookService {

    static final String DEFAULT_TEMPLATE = "yearbook/entry-template.txt";

    private final YearbookTemplates templates;
    private final YearbookEditions editions;
    private final YearbookFacts facts;
    private final MessageSource messages;
    private final YearbookTables tables;
    private final Indicators indicators;
    private final YearLocks locks;
    private final DataScope scope;
    private final JsonMapper json;
    private final Clock clock;

    YearbookService(YearbookTemplates templates, YearbookEditions editions, YearbookFacts facts, YearbookTables tables,
            Indicators indicators, YearLocks locks, DataScope scope, JsonMapper json, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.templates = templates;
        this.editions = editions;
        this.facts = facts;
        this.tables = tables;
        this.indicators = indicators;
        this.locks = locks;
        this.scope = scope;
        this.json = json;
        this.clock = clock;
    }

    /** A year's templates: the office's edited text, or the platform's default. */
    @Transactional(readOnly = true)
    EntryTemplate template(int year) {
        return templates.findById(year).map(t -> new EntryTemplate(t.getText())).orElseGet(YearbookService::defaultTemplate);
    }

    @Transactional(readOnly = true)
    Optional<YearbookTemplate> editedTemplate(int year) {
        return templates.findById(year);
    }

    static EntryTemplate defaultTemplate() {
        try {
            return new EntryTemplate(new ClassPathResource(DEFAULT_TEMPLATE).getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Transactional(readOnly = true)
    Map<String, Object> facts(int year, RegionRef region) {
        return facts.of(year, region);
    }

    @Transactional(readOnly = true)
    EntryDraft entry(int year, RegionRef region) {
        return render(template(year), facts.of(year, region));
    }

    /** The entry of a template with the facts; a gap says in words what the records lack. */
    EntryDraft render(EntryTemplate template, Map<String, Object> facts) {
        return template.render(facts, this::gapLabel);
    }

    /**
     * What a template key stands for: the yearbook's word for it, the indicator's name, or the key as
     * typed. In Chinese whatever the page's language, as the entry is.
     */
    String gapLabel(String key) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String label = messages.getMessage("yearbook.gap." + key, null, null, locale);
        if (label == null) {
            label = messages.getMessage("indicator." + key + ".name", null, null, locale);
        }
        return label != null ? label : messages.getMessage("yearbook.gap.unknown", new Object[] {key}, key, locale);
    }

    @Transactional(readOnly = true)
    List<StatTable> tables(int year, RegionRef region) {
        return tables.of(year, region);
    }

    /** The entry as .docx: the published file while the year is published, else made now. */
    @Transactional(readOnly = true)
    byte[] entryFile(int year, RegionRef region) {
        return published(year, region).map(YearbookEdition::getEntryFile)
                .orElseGet(() -> EntryDocument.write(entry(year, region)));
    }

    /** The tables as .xlsx: the published file while the year is published, else made now. */
    @Transactional(readOnly = true)
    byte[] tablesFile(int year, RegionRef region) {
        return published(year, region).map(YearbookEdition::getTablesFile).orElseGet(() -> makeTables(year, region));
    }

    private byte[] makeTables(int year, RegionRef region) {
        return TablesWorkbook.write(year + "年" + region.name() + "社区建设统计资料", tables.of(year, region),
                tables.definitions(year, region));
    }

    void saveTemplate(int year, String text, Long version, String username) {
        List<RuleViolationException.Violation> violations = new ArrayList<>();
        if (text == null || text.isBlank()) {
            violations.add(new RuleViolationException.Violation("text", "validation.required"));
        }
        else if (!text.strip().startsWith("# ")) {
            violations.add(new RuleViolationException.Violation("text", "yearbook.error.template.title"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Optional<YearbookTemplate> existing = templates.findById(year);
        if (existing.isPresent()) {
            StaleRecordException.check("yearbook template", year, version, existing.get().getVersion());
            existing.get().edit(text, username, clock.instant());
        }
        else {
            templates.save(new YearbookTemplate(year, text, username, clock.instant()));
        }
    }

    /** Goes back to the platform's default templates for the year. */
    void resetTemplate(int year) {
        templates.findById(year).ifPresent(templates::delete);
    }

    /** Publishes the year for the region: stores a new edition and locks the year. */
    YearbookEdition publish(int year, RegionRef region, String username) {
        scope.requireCovered(region.path());
        if (locks.isLocked(year, region.path())) {
            throw RuleViolationException.global("yearbook.error.alreadyPublished", year, region.name());
        }
        Map<String, String> values = new LinkedHashMap<>();
        indicators.values(year, region).forEach(v -> values.put(v.key(), new BigDecimal(v.value().toString()).toPlainString()));
        int number = editions.findByYearAndRegionPathOrderByEditionDesc(year, region.path()).stream()
                .mapToInt(YearbookEdition::getEdition).max().orElse(0) + 1;
        YearbookEdition edition = editions.save(new YearbookEdition(year, region.path(), region.name(), number,
                clock.instant(), username, json.writeValueAsString(values), makeTables(year, region),
                EntryDocument.write(entry(year, region))));
        locks.lock(year, region.path(), region.name(), username, clock.instant());
        return edition;
    }

    /** Reopens a published year with a written reason (kept in the edition and the audit trail). */
    void reopen(int year, RegionRef region, String reason, String username) {
        scope.requireCovered(region.path());
        if (reason == null || reason.strip().length() < 5) {
            throw RuleViolationException.of("reason", "yearbook.error.reason");
        }
        YearbookEdition edition = published(year, region)
                .orElseThrow(() -> RuleViolationException.global("yearbook.error.notPublished", year, region.name()));
        edition.reopen(username, reason.strip(), clock.instant());
        locks.reopen(year, region.path(), username, clock.instant());
    }

    @Transactional(readOnly = true)
    List<YearbookEdition> editions(int year, RegionRef region) {
        return editions.findByYearAndRegionPathOrderByEditionDesc(year, region.path());
    }

    @Transactional(readOnly = true)
    YearbookEdition edition(int year, RegionRef region, int number) {
        return editions.findByYearAndRegionPathAndEdition(year, region.path(), number)
                .orElseThrow(() -> new NotFoundException("yearbook edition", number));
    }

    /** The edition in force: the latest one, while the year stays locked for the region. */
    @Transactional(readOnly = true)
    Optional<YearbookEdition> published(int year, RegionRef region) {
        if (!locks.isLocked(year, region.path())) {
            return Optional.empty();
        }
        return editions.findByYearAndRegionPathOrderByEditionDesc(year, region.path()).stream()
                .filter(e -> !e.isReopened()).findFirst();
    }

    /** An indicator whose value now differs from the published edition's. */
    record Difference(String key, String published, String now) {
    }

    @Transactional(readOnly = true)
    List<Difference> differences(YearbookEdition edition, RegionRef region) {
        Map<String, String> then = json.readValue(edition.getIndicatorValues(), new TypeReference<Map<String, String>>() { });
        List<Difference> differences = new ArrayList<>();
        for (Indicators.Value value : indicators.values(edition.getYear(), region)) {
            String now = new BigDecimal(value.value().toString()).toPlainString();
            String before = then.get(value.key());
            if (before == null || new BigDecimal(before).compareTo(new BigDecimal(now)) != 0) {
                differences.add(new Difference(value.key(), before, now));
            }
        }
        return differences;
    }
}
