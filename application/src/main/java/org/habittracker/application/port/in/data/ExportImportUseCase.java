package org.habittracker.application.port.in.data;

import org.habittracker.domain.user.UserId;

public interface ExportImportUseCase {

    UserDataExport export(UserId owner);

    /**
     * What {@link #importData} would do with the data, writing nothing: the same checks (a fault is an
     * {@code InvalidInputException}), which habits the owner has already and which settings would change.
     * Past the 500-habit limit even when every habit already here is skipped is a {@code LimitExceededException}.
     */
    ImportPreview preview(UserId owner, UserDataExport data);

    /**
     * Adds the data to the owner's account, all or nothing: one bad value and nothing is written. The options
     * say whether habits already here are skipped or copied and whether the data's settings replace the owner's.
     * Past the 500-habit limit is a {@code LimitExceededException}.
     */
    ImportReport importData(UserId owner, UserDataExport data, ImportOptions options);
}
