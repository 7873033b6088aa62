package cn.shequ.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the page tests do with a page: fetch and parse it, expect a form's message, read a figure or a list's total. */
public final class Pages {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    private final MockMvc mvc;

    public Pages(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The page a request answers with 200, parsed. */
    public Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The request answers the same form (200) with the message on it. */
    public void expectMessage(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
    }

    /** A form's submission: its fields as name, value, name, value, ... */
    public static MockHttpServletRequestBuilder form(String path, RequestPostProcessor user, Object... nameValues) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param((String) nameValues[i], String.valueOf(nameValues[i + 1]));
        }
        return request;
    }

    /** The text of the element with the id (which must be there). */
    public static String figure(Document page, String id) {
        Element element = page.getElementById(id);
        assertThat(element).as(id).isNotNull();
        return element.text();
    }

    /** The number of records a list page says it has ("共 n 条"). */
    public static long total(Document list) {
        Matcher matcher = TOTAL.matcher(list.text());
        assertThat(matcher.find()).as("a total on the page").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
