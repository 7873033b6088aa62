package cn.shequ.platform.shared;

/**
 * The record asked for does not exist, or lies outside the user's data scope (which a user must not
 * be able to tell apart). Shown as the 404 page.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
