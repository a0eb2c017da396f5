package nl.workinnl.assistant.staffarea;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What every staff page's header needs: who is logged in and whether as an editor. */
final class StaffModel {

    private StaffModel() {}

    static void addUser(Model model, Authentication user) {
        model.addAttribute("user", user.getName());
        model.addAttribute("editor", user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(StaffRole.EDITOR.authority())));
    }
}
