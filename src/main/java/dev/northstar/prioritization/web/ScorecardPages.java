package dev.northstar.prioritization.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.prioritization.Scorecard;
import dev.northstar.prioritization.Scorecards;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scorecards of a product: drivers written one per line as "name | weight | min | max". */
@Controller
@RequestMapping("/products/{productId}/scorecards")
class ScorecardPages {

    record CardForm(String id, String name, String description, String drivers, Integer version) {}

    private final Scorecards scorecards;
    private final Workspaces workspaces;

    ScorecardPages(Scorecards scorecards, Workspaces workspaces) {
        this.scorecards = scorecards;
        this.workspaces = workspaces;
    }

    @GetMapping
    String list(@PathVariable UUID productId, @RequestParam(required = false) String edit, Model model) {
        CardForm form = new CardForm(
                null,
                null,
                null,
                "Revenue impact | 3 | 1 | 5\nStrategic fit | 2 | 1 | 5\nRisk reduction | 1 | 1 | 5",
                null);
        UUID editing = FeatureWeb.uuid(edit, "edit");
        if (editing != null) {
            Scorecard c = scorecards.get(productId, editing);
            form = new CardForm(c.id().toString(), c.name(), c.description(), lines(c), c.version());
        }
        return render(productId, form, model);
    }

    @PostMapping
    String save(
            @PathVariable UUID productId,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String drivers,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes flash) {
        CardForm form = new CardForm(id, name, description, drivers, version);
        try {
            UUID cardId = FeatureWeb.uuid(id, "id");
            Scorecard saved;
            if (cardId == null) {
                saved = scorecards.create(productId, name, description, parse(drivers, List.of()));
            } else {
                Scorecard current = scorecards.get(productId, cardId);
                saved = scorecards.update(
                        productId,
                        cardId,
                        version == null ? current.version() : version,
                        name,
                        description,
                        parse(drivers, current.drivers()));
            }
            flash.addFlashAttribute("flash", "Scorecard " + saved.name() + " saved.");
            return "redirect:/products/" + productId + "/scorecards";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return render(productId, form, model);
        }
    }

    @PostMapping("/{scorecardId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID scorecardId, RedirectAttributes flash) {
        scorecards.delete(productId, scorecardId);
        flash.addFlashAttribute("flash", "Scorecard deleted.");
        return "redirect:/products/" + productId + "/scorecards";
    }

    private String render(UUID productId, CardForm form, Model model) {
        FeatureWeb.page(workspaces, productId, "ranking", model);
        model.addAttribute("cards", scorecards.list(productId));
        model.addAttribute("form", form);
        return "prioritization/scorecards";
    }

    static String lines(Scorecard c) {
        StringBuilder b = new StringBuilder();
        for (Scorecard.Driver d : c.drivers()) {
            b.append(d.name())
                    .append(" | ")
                    .append(Breakdowns.num(d.weight()))
                    .append(" | ")
                    .append(Breakdowns.num(d.min()))
                    .append(" | ")
                    .append(Breakdowns.num(d.max()))
                    .append('\n');
        }
        return b.toString().strip();
    }

    /** "name | weight | min | max" per line; a driver keeps its id when its name stays the same. */
    static List<Scorecard.Driver> parse(String text, List<Scorecard.Driver> existing) {
        List<Scorecard.Driver> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        int n = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            String field = "drivers";
            if (parts.length != 4) {
                throw new InvalidInputException(
                        field, "Write each driver as name | weight | min | max: '" + line.strip() + "'");
            }
            String name = parts[0].strip();
            Double weight = FeatureWeb.number(parts[1], field);
            Double min = FeatureWeb.number(parts[2], field);
            Double max = FeatureWeb.number(parts[3], field);
            if (weight == null || min == null || max == null) {
                throw new InvalidInputException(
                        field, "Each driver needs a weight, a minimum and a maximum: '" + line.strip() + "'");
            }
            UUID id = existing.stream()
                    .filter(d -> d.name().equalsIgnoreCase(name))
                    .map(Scorecard.Driver::id)
                    .findFirst()
                    .orElse(null);
            out.add(new Scorecard.Driver(id, name, weight, min, max));
            n++;
        }
        return out;
    }
}
