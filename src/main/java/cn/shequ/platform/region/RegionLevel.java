package cn.shequ.platform.region;

/** The levels of the region tree, top down. Each level's code has a fixed length. */
public enum RegionLevel {

    PROVINCE(6, 0),
    CITY(6, 2),
    COUNTY(6, 4),
    TOWN(9, 6),
    COMMUNITY(12, 9),
    VILLAGE(15, 12);

    private final int codeLength;
    private final int parentPrefixLength;

    RegionLevel(int codeLength, int parentPrefixLength) {
        this.codeLength = codeLength;
        this.parentPrefixLength = parentPrefixLength;
    }

    /** Digits in a code of this level (GB/T 2260 for the top three, statistical division codes below). */
    public int codeLength() {
        return codeLength;
    }

    /** How many leading digits a code shares with its parent's code. */
    public int parentPrefixLength() {
        return parentPrefixLength;
    }

    /**
     * Length of the region path of a region of this level ({@code /370000/370700/370782/370782105/} is
     * 32 characters for a town): codes have a fixed length per level, so a record's region path cut
     * to this length is the path of its ancestor at this level, which SQL can group by.
     */
    public int pathLength() {
        int length = 1;
        for (RegionLevel level : values()) {
            length += level.codeLength + 1;
            if (level == this) {
                break;
            }
        }
        return length;
    }

    /** The level a parent of this level must have, or null for a province. */
    public RegionLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    public RegionLevel childLevel() {
        return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
    }

    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}
