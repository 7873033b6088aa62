package cn.shequ.platform.indicator;

/** A work stream's figures {@code S} of one area: a region below the one asked for (a town under a county, …). */
public record AreaRow<S>(String areaPath, S figures) {

    /** The area's code: the last code on its path. */
    public String areaCode() {
        String[] codes = areaPath.split("/");
        return codes[codes.length - 1];
    }
}
