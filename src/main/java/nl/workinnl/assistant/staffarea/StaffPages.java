package nl.workinnl.assistant.staffarea;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (or, with no user configured, the page saying the area is off) and the staff home. */
@Controller
class StaffPages {

    private final StaffAreaProperties properties;

    StaffPages(StaffAreaProperties properties) {
        this.properties = properties;
    }

    @GetMapping(StaffSecurityConfiguration.LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("enabled", properties.enabled());
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("logout", logout != null);
        return "staff/login";
    }

    @GetMapping({"/staff", "/staff/"})
    String home(Authentication user, Model model) {
        StaffModel.addUser(model, user);
        return "staff/home";
    }
}
