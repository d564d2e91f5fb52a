package org.habittracker.adapters.lambda;

import java.util.ArrayList;
import java.util.List;

import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Resource;
import org.crac.RestoreException;

/**
 * A CRaC context as the Lambda runtime drives it around a SnapStart snapshot: resources registered during init,
 * {@code beforeCheckpoint} in the reverse order of registration when the version is published, {@code afterRestore}
 * in the order of registration when an environment is resumed from the snapshot. A resource that fails makes the
 * checkpoint (or the restore) fail, as publishing a version would.
 */
final class FakeCracContext extends Context<Resource> {

    private final List<Resource> resources = new ArrayList<>();

    @Override
    public void register(Resource resource) {
        resources.add(resource);
    }

    /** What publishing a version does after init. */
    void checkpoint() throws CheckpointException {
        beforeCheckpoint(null);
    }

    /** What resuming an environment from the snapshot does before its first invocation. */
    void restore() throws RestoreException {
        afterRestore(null);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        for (Resource resource : resources.reversed()) {
            try {
                resource.beforeCheckpoint(this);
            } catch (Exception e) {
                CheckpointException failed = new CheckpointException(e.toString());
                failed.initCause(e);
                throw failed;
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
        for (Resource resource : resources) {
            try {
                resource.afterRestore(this);
            } catch (Exception e) {
                RestoreException failed = new RestoreException(e.toString());
                failed.initCause(e);
                throw failed;
            }
        }
    }
}
