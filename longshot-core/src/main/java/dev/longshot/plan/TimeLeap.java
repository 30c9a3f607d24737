package dev.longshot.plan;

import java.util.regex.Pattern;

/**
 * A line that leaps a day or more ("Days later", "Next morning", "Years pass", 第二天,
 * 几百年后): the animals of the last scene have moved on; the story's people and what they
 * ride are still followed. Minutes and hours ("Half an hour later", 二十分钟后) are no leap.
 */
final class TimeLeap {
    private static final Pattern LEAP = Pattern.compile(
            "\\b(?:days?|weeks?|months?|years?|decades?|centuries|seasons?)\\s+"
                    + "(?:later|pass|passed|go by|went by|have passed|had passed)\\b"
                    + "|\\b(?:the\\s+)?(?:next|following)\\s+(?:day|morning|evening|night|week"
                    + "|month|year|spring|summer|autumn|fall|winter)\\b"
                    + "|(?:几|数|多|一|两|三|四|五|十|百|千|几十|几百|几千|许多|若干)(?:个)?"
                    + "(?:天|日|年|月|周|星期|百年|千年|季)(?:以|之)?后"
                    + "|第二天|次日|翌日|隔天|多年以后|多年后|时光飞逝|斗转星移",
            Pattern.CASE_INSENSITIVE);

    private TimeLeap() {}

    /** Whether {@code line} leaps a day or more. */
    static boolean dayOrMore(String line) {
        return LEAP.matcher(line).find();
    }
}
