package cn.shequ.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a card per section the user may open. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
