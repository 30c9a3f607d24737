package dev.longshot.cli;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ValidationConfig;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.story.Storyboard;

/**
 * What one labelled video is made from.
 *
 * @param storyboard the parsed storyboard
 * @param bytes      its file's bytes (recorded in the provenance)
 * @param config     the director's configuration
 * @param validation the validation configuration, the one source of strictness
 * @param label      the visible label
 * @param burnIn     whether review text (timecode, shot, line, lens) is burned in
 */
record RunRequest(Storyboard storyboard, byte[] bytes, DirectorConfig config,
        ValidationConfig validation, LabelMode label, boolean burnIn) {
    RunRequest(Storyboard storyboard, byte[] bytes, DirectorConfig config,
            ValidationConfig validation, LabelMode label) {
        this(storyboard, bytes, config, validation, label, false);
    }
}
